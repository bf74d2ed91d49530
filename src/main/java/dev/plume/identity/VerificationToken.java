package dev.plume.identity;

import dev.plume.platform.database.Sql;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A single-use token proving control of an identifier (an email address), Auth.js's
 * verification token. Only the token's SHA-256 hex is stored.
 */
@Entity
@Table(name = "verification_tokens")
@IdClass(VerificationToken.Key.class)
public class VerificationToken extends PanacheEntityBase {

    @Id
    public String identifier;

    @Id
    public String token;

    public Instant expires;

    public static void store(String identifier, String tokenHash, Instant expires) {
        VerificationToken stored = new VerificationToken();
        stored.identifier = identifier;
        stored.token = tokenHash;
        stored.expires = expires.truncatedTo(ChronoUnit.MILLIS);
        stored.persistAndFlush();
    }

    public record Taken(String identifier, Instant expires) {
    }

    /** Takes the token out, whether expired or not, so that it is used at most once. */
    public static Optional<Taken> take(String identifier, String tokenHash) {
        return Sql.of("""
                        delete from verification_tokens where identifier = :identifier and token = :token
                        returning identifier, expires""")
                .bind("identifier", identifier).bind("token", tokenHash)
                .first(row -> new Taken(row.text("identifier"), row.instant("expires")));
    }

    /** Takes out a live token whose identifier starts with {@code prefix}; answers the identifier. */
    public static Optional<String> takeLive(String prefix, String tokenHash) {
        return Sql.of("""
                        delete from verification_tokens
                        where token = :token and starts_with(identifier, :prefix) and expires > now()
                        returning identifier""")
                .bind("token", tokenHash).bind("prefix", prefix).first(row -> row.text("identifier"));
    }

    public static long purgeExpired() {
        return delete("expires <= current_timestamp");
    }

    public static long deleteFor(String identifier) {
        return delete("identifier", identifier);
    }

    public static class Key implements Serializable {
        public String identifier;
        public String token;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(identifier, key.identifier) && Objects.equals(token, key.token);
        }

        @Override
        public int hashCode() {
            return Objects.hash(identifier, token);
        }
    }
}
