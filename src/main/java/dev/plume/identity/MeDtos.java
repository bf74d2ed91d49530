package dev.plume.identity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of /api/me. */
public final class MeDtos {

    private MeDtos() {
    }

    static final String WEB_URL = "^https?://\\S+$";

    public record Me(UUID id, String email, Instant emailVerified, String name, String image, Role role,
                     @Schema(description = "Whether the user can sign in with a password") boolean hasPassword,
                     Instant createdAt) {
        static Me of(User user) {
            return new Me(user.id, user.email, user.emailVerified, user.name, user.image, user.role,
                    user.passwordHash != null, user.createdAt);
        }
    }

    /** Absent fields are left as they are. */
    public record UpdateMeRequest(
            @Schema(examples = "Ada Lovelace") @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Schema(examples = "https://example.com/ada.png") @Size(max = 2000) @Pattern(regexp = WEB_URL, message = "must be an http(s) URL") String image) {
    }

    public record ProfileView(String bio, String avatar, Instant updatedAt) {
        static ProfileView of(Profile profile) {
            return new ProfileView(profile.bio, profile.avatar, profile.updatedAt);
        }
    }

    /** Absent fields are left as they are; an empty string clears one. */
    public record UpdateProfileRequest(
            @Schema(examples = "Mathematician, writes about engines") @Size(max = 2000) String bio,
            @Schema(examples = "https://example.com/ada.png") @Size(max = 2000) @Pattern(regexp = "^$|" + WEB_URL, message = "must be an http(s) URL") String avatar) {
    }

    public record AccountView(UUID id, String type, String provider, String providerAccountId) {
        static AccountView of(Account account) {
            return new AccountView(account.id, account.type, account.provider, account.providerAccountId);
        }
    }

    public record AccountList(List<AccountView> data) {
    }
}
