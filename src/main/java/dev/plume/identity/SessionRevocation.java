package dev.plume.identity;

import dev.plume.platform.cache.ReadCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Ends sessions and evicts them from the session cache, so they stop working at once. */
@ApplicationScoped
@Transactional
public class SessionRevocation {

    private final ReadCache cache;

    SessionRevocation(ReadCache cache) {
        this.cache = cache;
    }

    public void endAllOf(UUID userId) {
        Session.endAllOf(userId).forEach(tokenHash -> cache.invalidate(ReadCache.SESSIONS, tokenHash));
    }

    /** Answers whether the user had that session. */
    public boolean end(UUID userId, UUID sessionId) {
        return Session.end(userId, sessionId).map(tokenHash -> {
            cache.invalidate(ReadCache.SESSIONS, tokenHash);
            return true;
        }).orElse(false);
    }

    /** Makes the next use of the session read it afresh, after a change to it. */
    public void evict(String tokenHash) {
        cache.invalidate(ReadCache.SESSIONS, tokenHash);
    }

    public void endByTokenHash(String tokenHash) {
        Session.delete("sessionTokenHash", tokenHash);
        cache.invalidate(ReadCache.SESSIONS, tokenHash);
    }
}
