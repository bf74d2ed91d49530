package dev.plume.identity;

import dev.plume.platform.database.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** A signed-in session. The token itself is never stored, only its SHA-256 hex. */
@Entity
@Table(name = "sessions")
public class Session extends UuidEntity {

    @Column(name = "session_token")
    public String sessionTokenHash;

    @Column(name = "user_id")
    public UUID userId;

    public Instant expires;

    /** Opens a session for the user and answers the bearer token, shown to the client once. */
    public static Issued open(UUID userId, Duration maxAge) {
        String token = SessionTokens.newToken();
        Session session = new Session();
        session.sessionTokenHash = SessionTokens.hash(token);
        session.userId = userId;
        session.expires = Instant.now().plus(maxAge).truncatedTo(ChronoUnit.MILLIS);
        session.persist();
        return new Issued(token, session.expires);
    }

    /** The viewer a live token belongs to (session not expired, user not deleted), with the session's end. One statement. */
    public static Optional<Live> liveViewerOf(String tokenHash) {
        return getEntityManager().createQuery("""
                        select u.id, u.name, u.image, u.role, s.expires
                        from Session s join User u on u.id = s.userId
                        where s.sessionTokenHash = :hash and s.expires > current_timestamp and u.deletedAt is null""",
                        Object[].class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst()
                .map(row -> new Live(new Viewer((UUID) row[0], (String) row[1], (String) row[2], (Role) row[3]), (Instant) row[4]));
    }

    public static Optional<Session> findLive(String tokenHash) {
        return find("sessionTokenHash = ?1 and expires > current_timestamp", tokenHash).firstResultOptional();
    }

    public record Issued(String token, Instant expires) {
    }

    public record Live(Viewer viewer, Instant expires) {
        public boolean ended() {
            return !expires.isAfter(Instant.now());
        }
    }
}
