package dev.plume.commerce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class AddressDtos {

    private AddressDtos() {
    }

    static final String COUNTRY = "^[A-Z]{2}$";

    public record AddressView(UUID id, String name, String line1, @Schema(nullable = true) String line2, String city,
                              String postalCode, @Schema(nullable = true) String region,
                              @Schema(description = "ISO 3166-1 alpha-2") String country, @Schema(nullable = true) String phone,
                              @Schema(description = "The one address checkout suggests; a user has at most one") boolean isDefault,
                              Instant createdAt) {
    }

    public record AddressList(List<AddressView> addresses) {
    }

    public record NewAddressRequest(@Schema(examples = "Ada Lovelace") @NotBlank @Size(max = 120) String name,
                                    @Schema(examples = "12 St James's Square") @NotBlank @Size(max = 200) String line1,
                                    @Schema(nullable = true) @Size(max = 200) String line2,
                                    @Schema(examples = "London") @NotBlank @Size(max = 100) String city,
                                    @Schema(examples = "SW1Y 4LB") @NotBlank @Size(max = 20) String postalCode,
                                    @Schema(nullable = true) @Size(max = 100) String region,
                                    @Schema(examples = "GB") @NotBlank @Pattern(regexp = COUNTRY) String country,
                                    @Schema(nullable = true) @Size(max = 40) String phone,
                                    @Schema(nullable = true, description = "Make it the default; a user's first address always is") Boolean isDefault) {
    }

    /** Absent (null) fields stay as they are; {@code isDefault: true} moves the default here. */
    public record ChangeAddressRequest(@Schema(nullable = true) @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                                       @Schema(nullable = true) @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String line1,
                                       @Schema(nullable = true) @Size(max = 200) String line2,
                                       @Schema(nullable = true) @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String city,
                                       @Schema(nullable = true) @Size(min = 1, max = 20) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String postalCode,
                                       @Schema(nullable = true) @Size(max = 100) String region,
                                       @Schema(nullable = true) @Pattern(regexp = COUNTRY) String country,
                                       @Schema(nullable = true) @Size(max = 40) String phone,
                                       @Schema(nullable = true, description = "true makes it the default; false is refused (choose another default instead)")
                                       Boolean isDefault) {
    }
}
