package dev.plume.identity;

import dev.plume.platform.database.Sql;
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
        Session session = store(SessionTokens.hash(token), userId, Instant.now().plus(maxAge));
        session.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 300));
        return new Issued(token, session.expires);
    }

    /** A session of a token made elsewhere (by Auth.js), stored by its hash. */
    public static Session store(String tokenHash, UUID userId, Instant expires) {
        Session session = new Session();
        session.sessionTokenHash = tokenHash;
        session.userId = userId;
        session.expires = expires.truncatedTo(ChronoUnit.MILLIS);
        session.persistAndFlush();
        return session;
    }

    /** The viewer a live token belongs to (session not expired, user not deleted), with the session. One statement. */
    public static Optional<Live> liveViewerOf(String tokenHash) {
        return Sql.of("""
                        select u.id, u.name, u.image, u.role::text as role, s.id as session_id, s.expires
                        from sessions s join users u on u.id = s.user_id
                        where s.session_token = :hash and s.expires > now() and u.deleted_at is null""")
                .bind("hash", tokenHash)
                .first(row -> new Live(new Viewer(row.uuid("id"), row.text("name"), row.text("image"), row.enumValue("role", Role.class)),
                        row.uuid("session_id"), row.instant("expires")));
    }

    /** The session of a token, expired or not. */
    public static Optional<Session> findByTokenHash(String tokenHash) {
        return find("sessionTokenHash", tokenHash).firstResultOptional();
    }

    /** Moves the end of a session; answers whether it still existed. */
    public static boolean extend(String tokenHash, Instant expires) {
        return update("expires = ?1 where sessionTokenHash = ?2", expires.truncatedTo(ChronoUnit.MILLIS), tokenHash) > 0;
    }

    /** Ends every session of a user; answers the token hashes, for evicting them from caches. */
    public static List<String> endAllOf(UUID userId) {
        return Sql.of("delete from sessions where user_id = :user returning session_token").bind("user", userId)
                .list(row -> row.text("session_token"));
    }

    /** Ends one session of a user; answers its token hash, or empty when the user has no such session. */
    public static Optional<String> end(UUID userId, UUID sessionId) {
        return Sql.of("delete from sessions where id = :id and user_id = :user returning session_token")
                .bind("id", sessionId).bind("user", userId).first(row -> row.text("session_token"));
    }

    /** Ends the session of a token; answers whether there was one. */
    public static boolean endByTokenHash(String tokenHash) {
        return delete("sessionTokenHash", tokenHash) > 0;
    }

    /** The token hashes of a user's sessions, for evicting them from caches after a change to the user. */
    public static List<String> tokenHashesOf(UUID userId) {
        return Sql.of("select session_token from sessions where user_id = :user").bind("user", userId)
                .list(row -> row.text("session_token"));
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
