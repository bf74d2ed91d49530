package dev.plume.identity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of /api/me and of changing a user's public details. */
public final class MeDtos {

    private MeDtos() {
    }

    static final String WEB_URL = "^https?://\\S+$";

    public record Me(UUID id, String email, @Schema(nullable = true) Instant emailVerified, @Schema(nullable = true) String name,
                     @Schema(nullable = true) String image, Role role,
                     @Schema(description = "Whether the user can sign in with a password") boolean hasPassword,
                     Instant createdAt) {
    }

    public record Verified(Me user) {
    }

    /** Absent fields are left as they are. */
    public record ChangeUserRequest(
            @Schema(nullable = true, examples = "Ada Lovelace") @Size(min = 1, max = 100)
            @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Schema(nullable = true, examples = "https://example.com/ada.png") @Size(max = 2000)
            @Pattern(regexp = WEB_URL, message = "must be an http(s) URL") String image) {
    }

    public record ProfileView(@Schema(nullable = true) String bio, @Schema(nullable = true) String avatar,
                              @Schema(nullable = true, description = "null until the profile is first written") Instant updatedAt) {
    }

    /** Absent fields are left as they are; an empty string clears one. */
    public record UpdateProfileRequest(
            @Schema(nullable = true, examples = "Mathematician, writes about engines") @Size(max = 2000) String bio,
            @Schema(nullable = true, examples = "https://example.com/ada.png") @Size(max = 2000)
            @Pattern(regexp = "^$|" + WEB_URL, message = "must be an http(s) URL") String avatar) {
    }

    /** A way to sign in through an identity provider, linked to the user. */
    public record LinkedAccountView(UUID id, String type, String provider, String providerAccountId) {
    }

    public record LinkedAccountList(List<LinkedAccountView> data) {
    }

    public record SessionView(UUID id, Instant createdAt, Instant expires, @Schema(nullable = true) String userAgent,
                              @Schema(description = "The session making this request") boolean current) {
    }

    public record SessionList(List<SessionView> data) {
    }
}
