package dev.plume.identity;

import dev.plume.platform.database.Sql;
import dev.plume.platform.database.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** A single-use, short-lived permission to set a new password. Only the token's SHA-256 hex is stored. */
@Entity
@Table(name = "password_reset_tokens")
public class PasswordResetToken extends UuidEntity {

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "token_hash")
    public String tokenHash;

    public Instant expires;

    @Column(name = "used_at")
    public Instant usedAt;

    public static void store(UUID userId, String tokenHash, Instant expires) {
        PasswordResetToken stored = new PasswordResetToken();
        stored.userId = userId;
        stored.tokenHash = tokenHash;
        stored.expires = expires.truncatedTo(ChronoUnit.MILLIS);
        stored.persist();
    }

    /** Marks a live, unused token used; answers its user. Concurrent uses: only one wins. */
    public static Optional<UUID> use(String tokenHash) {
        return Sql.of("""
                        update password_reset_tokens set used_at = now()
                        where token_hash = :hash and used_at is null and expires > now()
                        returning user_id""")
                .bind("hash", tokenHash).first(row -> row.uuid("user_id"));
    }

    /** Expired or used tokens are of no further use. */
    public static long purgeSpent() {
        return delete("expires <= current_timestamp or usedAt is not null");
    }
}
