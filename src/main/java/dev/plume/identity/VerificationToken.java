package dev.plume.identity;

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

import static dev.plume.platform.database.Rows.first;

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

    /** Takes the token out, whether expired or not, so that it is used at most once. */
    public static Optional<VerificationToken> take(String identifier, String tokenHash) {
        return first(getEntityManager().createNativeQuery("""
                        delete from verification_tokens where identifier = :identifier and token = :token
                        returning identifier, token, expires""", VerificationToken.class)
                .setParameter("identifier", identifier)
                .setParameter("token", tokenHash), VerificationToken.class);
    }

    /** Takes out a live token whose identifier starts with {@code prefix}; answers the identifier. */
    public static Optional<String> takeLive(String prefix, String tokenHash) {
        return first(getEntityManager().createNativeQuery("""
                        delete from verification_tokens
                        where token = :token and starts_with(identifier, :prefix) and expires > now()
                        returning identifier""")
                .setParameter("token", tokenHash)
                .setParameter("prefix", prefix), String.class);
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
