package dev.plume.identity;

import dev.plume.platform.database.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A way to sign in through an identity provider (OAuth, OIDC, email), linked by Auth.js. */
@Entity
@Table(name = "accounts")
public class Account extends UuidEntity {

    @Column(name = "user_id")
    public UUID userId;

    public String type;

    public String provider;

    @Column(name = "provider_account_id")
    public String providerAccountId;

    @Column(name = "refresh_token")
    public String refreshToken;

    @Column(name = "access_token")
    public String accessToken;

    @Column(name = "expires_at")
    public Integer expiresAt;

    @Column(name = "token_type")
    public String tokenType;

    public String scope;

    @Column(name = "id_token")
    public String idToken;

    @Column(name = "session_state")
    public String sessionState;

    public static List<Account> of(UUID userId) {
        return list("userId = ?1 order by provider, providerAccountId", userId);
    }

    public static Optional<Account> find(String provider, String providerAccountId) {
        return find("provider = ?1 and providerAccountId = ?2", provider, providerAccountId).firstResultOptional();
    }
}
