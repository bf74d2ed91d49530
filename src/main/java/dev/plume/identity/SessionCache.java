package dev.plume.identity;

import dev.plume.platform.cache.ReadCache;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Live sessions by token hash, so that an authenticated request rarely reads its session from
 * the database (size and expiry in application.properties). Whatever ends a session or changes
 * its user evicts it here once the change commits, and the database tells the other instances
 * (V8's triggers, heard by the platform's EvictionNotices).
 */
@ApplicationScoped
class SessionCache {

    private final ReadCache cache;
    private final Cache sessions;

    SessionCache(ReadCache cache, @CacheName("sessions") Cache sessions) {
        this.cache = cache;
        this.sessions = sessions;
    }

    Session.Live get(String tokenHash, Supplier<Session.Live> loader) {
        return cache.get(sessions, tokenHash, Session.Live.class, loader);
    }

    void evict(String tokenHash) {
        cache.invalidate(sessions, tokenHash);
    }

    /** Every session of the user: what the cache holds of the user (name, picture, role) is stale. */
    void evictAllOf(UUID userId) {
        Session.tokenHashesOf(userId).forEach(this::evict);
    }
}
