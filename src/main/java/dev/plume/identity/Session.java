package dev.plume.identity;

import dev.plume.platform.database.UuidEntity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.plume.platform.database.Rows.first;

/** A signed-in session. The token itself is never stored, only its SHA-256 hex. */
@Entity
@Table(name = "sessions")
public class Session extends UuidEntity {

    @Column(name = "session_token")
    public String sessionTokenHash;

    @Column(name = "user_id")
    public UUID userId;

    public Instant expires;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "user_agent")
    public String userAgent;

    /** Opens a session for the user and answers the bearer token, shown to the client once. */
    public static Issued open(UUID userId, Duration maxAge, String userAgent) {
        String token = SessionTokens.newToken();
        Session session = new Session();
        session.sessionTokenHash = SessionTokens.hash(token);
        session.userId = userId;
        session.expires = Instant.now().plus(maxAge).truncatedTo(ChronoUnit.MILLIS);
        session.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 300));
        session.persist();
        return new Issued(token, session.expires);
    }

    /** The viewer a live token belongs to (session not expired, user not deleted), with the session. One statement. */
    public static Optional<Live> liveViewerOf(String tokenHash) {
        return getEntityManager().createQuery("""
                        select u.id, u.name, u.image, u.role, s.id, s.expires
                        from Session s join User u on u.id = s.userId
                        where s.sessionTokenHash = :hash and s.expires > current_timestamp and u.deletedAt is null""",
                        Object[].class)
                .setParameter("hash", tokenHash)
                .getResultList().stream().findFirst()
                .map(row -> new Live(new Viewer((UUID) row[0], (String) row[1], (String) row[2], (Role) row[3]),
                        (UUID) row[4], (Instant) row[5]));
    }

    /** The session of a token, expired or not. */
    public static Optional<Session> findByTokenHash(String tokenHash) {
        return find("sessionTokenHash", tokenHash).firstResultOptional();
    }

    public static Optional<Session> findLive(String tokenHash) {
        return find("sessionTokenHash = ?1 and expires > current_timestamp", tokenHash).firstResultOptional();
    }

    /** Moves the end of a session; answers whether it still existed. */
    public static boolean extend(String tokenHash, Instant expires) {
        return update("expires = ?1 where sessionTokenHash = ?2", expires.truncatedTo(ChronoUnit.MILLIS), tokenHash) > 0;
    }

    public static List<Session> liveOf(UUID userId) {
        return list("userId = ?1 and expires > current_timestamp order by createdAt desc", userId);
    }

    /** Ends every session of a user; answers the token hashes, for evicting them from caches. */
    @SuppressWarnings("unchecked")
    public static List<String> endAllOf(UUID userId) {
        return getEntityManager().createNativeQuery("delete from sessions where user_id = :user returning session_token")
                .setParameter("user", userId)
                .getResultList();
    }

    /** Ends one session of a user; answers its token hash, or empty when the user has no such session. */
    public static Optional<String> end(UUID userId, UUID sessionId) {
        return first(getEntityManager().createNativeQuery("delete from sessions where id = :id and user_id = :user returning session_token")
                .setParameter("id", sessionId)
                .setParameter("user", userId), String.class);
    }

    public static long purgeExpired() {
        return delete("expires <= current_timestamp");
    }

    public record Issued(String token, Instant expires) {
    }

    /** Kept in the sessions cache: as JSON when the cache is in Redis, hence registered for the native image. */
    @RegisterForReflection
    public record Live(Viewer viewer, UUID sessionId, Instant expires) {
        public boolean ended() {
            return !expires.isAfter(Instant.now());
        }
    }
}
