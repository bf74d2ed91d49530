package dev.plume.identity.authjs;

import dev.plume.identity.Account;
import dev.plume.identity.User;
import dev.plume.identity.VerificationToken;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The objects of the Auth.js {@code Adapter} interface, in its field names (accounts keep
 * their OAuth snake_case). Dates are ISO-8601.
 */
public final class AdapterDtos {

    private AdapterDtos() {
    }

    public record AdapterUser(String id, String email, Instant emailVerified, String name, String image) {
        static AdapterUser of(User user) {
            return new AdapterUser(user.id.toString(), user.email, user.emailVerified, user.name, user.image);
        }
    }

    public record NewUser(@NotBlank @Email @Size(max = 254) String email, Instant emailVerified,
                          @Size(max = 100) String name, @Size(max = 2000) String image) {
    }

    public record UserId(@NotBlank String id) {
    }

    public record UserEmail(@NotBlank String email) {
    }

    public record ProviderAccount(@NotBlank String provider, @NotBlank String providerAccountId) {
    }

    public record AdapterAccount(
            @NotBlank String userId, @NotBlank String type, @NotBlank String provider, @NotBlank String providerAccountId,
            @JsonProperty("refresh_token") String refreshToken, @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_at") Integer expiresAt, @JsonProperty("token_type") String tokenType, String scope,
            @JsonProperty("id_token") String idToken, @JsonProperty("session_state") String sessionState) {
        static AdapterAccount of(Account account) {
            return new AdapterAccount(account.userId.toString(), account.type, account.provider, account.providerAccountId,
                    account.refreshToken, account.accessToken, account.expiresAt, account.tokenType, account.scope,
                    account.idToken, account.sessionState);
        }
    }

    public record AdapterSession(String sessionToken, String userId, Instant expires) {
    }

    public record NewSession(@NotBlank String sessionToken, @NotBlank String userId, @NotNull Instant expires) {
    }

    public record SessionToken(@NotBlank String sessionToken) {
    }

    public record SessionAndUser(AdapterSession session, AdapterUser user) {
    }

    public record AdapterVerificationToken(@NotBlank String identifier, @NotBlank String token, @NotNull Instant expires) {
        static AdapterVerificationToken of(VerificationToken stored, String token) {
            return new AdapterVerificationToken(stored.identifier, token, stored.expires);
        }
    }

    public record UseVerificationToken(@NotBlank String identifier, @NotBlank String token) {
    }
}
