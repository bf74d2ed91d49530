package dev.plume.identity.authjs;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.plume.identity.Account;
import dev.plume.identity.Session;
import dev.plume.identity.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * The objects of the Auth.js {@code Adapter} interface, in its field names (accounts keep
 * their OAuth snake_case). Dates are ISO-8601.
 */
public final class AdapterDtos {

    private AdapterDtos() {
    }

    public record AdapterUser(String id, String email, @Schema(nullable = true) Instant emailVerified,
                              @Schema(nullable = true) String name, @Schema(nullable = true) String image) {
        static AdapterUser of(User user) {
            return new AdapterUser(user.id.toString(), user.email, user.emailVerified, user.name, user.image);
        }
    }

    public record NewUser(@NotBlank @Email @Size(max = 254) String email, @Schema(nullable = true) Instant emailVerified,
                          @Schema(nullable = true) @Size(max = 100) String name,
                          @Schema(nullable = true) @Size(max = 2000) String image) {
    }

    public record UserId(@NotBlank String id) {
    }

    public record UserEmail(@NotBlank String email) {
    }

    public record ProviderAccount(@NotBlank String provider, @NotBlank String providerAccountId) {
    }

    public record AdapterAccount(
            @NotBlank String userId, @NotBlank String type, @NotBlank String provider, @NotBlank String providerAccountId,
            @Schema(nullable = true) @JsonProperty("refresh_token") String refreshToken,
            @Schema(nullable = true) @JsonProperty("access_token") String accessToken,
            @Schema(nullable = true) @JsonProperty("expires_at") Integer expiresAt,
            @Schema(nullable = true) @JsonProperty("token_type") String tokenType,
            @Schema(nullable = true) String scope,
            @Schema(nullable = true) @JsonProperty("id_token") String idToken,
            @Schema(nullable = true) @JsonProperty("session_state") String sessionState) {
        static AdapterAccount of(Account account) {
            return new AdapterAccount(account.userId.toString(), account.type, account.provider, account.providerAccountId,
                    account.refreshToken, account.accessToken, account.expiresAt, account.tokenType, account.scope,
                    account.idToken, account.sessionState);
        }

        Account toAccount(UUID user) {
            Account account = new Account();
            account.userId = user;
            account.type = type;
            account.provider = provider;
            account.providerAccountId = providerAccountId;
            account.refreshToken = refreshToken;
            account.accessToken = accessToken;
            account.expiresAt = expiresAt;
            account.tokenType = tokenType;
            account.scope = scope;
            account.idToken = idToken;
            account.sessionState = sessionState;
            return account;
        }
    }

    /** A session as Auth.js's database adapters answer it: with its row's {@code id}. */
    public record AdapterSession(String id, String sessionToken, String userId, Instant expires) {
        static AdapterSession of(Session session, String sessionToken) {
            return new AdapterSession(session.id.toString(), sessionToken, session.userId.toString(), session.expires);
        }
    }

    public record NewSession(@NotBlank String sessionToken, @NotBlank String userId, @NotNull Instant expires) {
    }

    public record SessionToken(@NotBlank String sessionToken) {
    }

    public record SessionAndUser(AdapterSession session, AdapterUser user) {
    }

    public record AdapterVerificationToken(@NotBlank String identifier, @NotBlank String token, @NotNull Instant expires) {
    }

    public record UseVerificationToken(@NotBlank String identifier, @NotBlank String token) {
    }
}
