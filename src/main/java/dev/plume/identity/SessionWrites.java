package dev.plume.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Opening and ending sessions; an ended session stops working at once (SessionCache). */
@ApplicationScoped
@Transactional
public class SessionWrites {

    private final SessionCache cache;
    private final SessionSettings settings;

    SessionWrites(SessionCache cache, SessionSettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    public record SignedIn(UUID userId, String token, Instant expires) {
    }

    /**
     * Opens a session for the active user with this email and password. An unknown email costs
     * as much time as a wrong password (Passwords), so the answer tells nothing about who has an account.
     */
    public Optional<SignedIn> signIn(String email, String password, String userAgent) {
        User user = User.findActiveByEmail(email).orElse(null);
        if (!Passwords.matches(password, user == null ? null : user.passwordHash)) {
            return Optional.empty();
        }
        Session.Issued issued = Session.open(user.id, settings.maxAge(), userAgent);
        return Optional.of(new SignedIn(user.id, issued.token(), issued.expires()));
    }

    public void endAllOf(UUID userId) {
        Session.endAllOf(userId).forEach(cache::evict);
    }

    /** Answers whether the user had that session. */
    public boolean end(UUID userId, UUID sessionId) {
        return Session.end(userId, sessionId).map(tokenHash -> {
            cache.evict(tokenHash);
            return true;
        }).orElse(false);
    }

    public void endByTokenHash(String tokenHash) {
        Session.endByTokenHash(tokenHash);
        cache.evict(tokenHash);
    }

    /** Makes the next use of the session read it afresh, after a change to it. */
    public void evict(String tokenHash) {
        cache.evict(tokenHash);
    }
}
