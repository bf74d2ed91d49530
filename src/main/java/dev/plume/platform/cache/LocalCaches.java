package dev.plume.platform.cache;

import dev.plume.platform.web.Rendered;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.function.Supplier;

import static dev.plume.platform.cache.ReadCache.CATEGORIES;
import static dev.plume.platform.cache.ReadCache.FEED;
import static dev.plume.platform.cache.ReadCache.POST_DETAIL;
import static dev.plume.platform.cache.ReadCache.SESSIONS;
import static dev.plume.platform.cache.ReadCache.STATS;
import static dev.plume.platform.cache.ReadCache.TAGS;

/**
 * The caches of one instance (quarkus-cache, Caffeine; sizes and expiries in
 * application.properties). An entry being loaded while it is invalidated is dropped, not stored.
 */
@ApplicationScoped
class LocalCaches implements CacheStore {

    private final Map<String, Cache> caches;

    /** Each cache is named here once, which is what makes quarkus-cache create it. */
    LocalCaches(@CacheName(POST_DETAIL) Cache detail, @CacheName(FEED) Cache feed, @CacheName(CATEGORIES) Cache categories,
                @CacheName(TAGS) Cache tags, @CacheName(STATS) Cache stats, @CacheName(SESSIONS) Cache sessions) {
        this.caches = Map.of(POST_DETAIL, detail, FEED, feed, CATEGORIES, categories, TAGS, tags, STATS, stats,
                SESSIONS, sessions);
    }

    @Override
    public <T> T get(String cache, String key, Class<T> type, Supplier<T> loader) {
        return caches.get(cache).get(key, k -> loader.get()).await().indefinitely();
    }

    @Override
    public Uni<Rendered> rendered(String cache, String key, Uni<Rendered> load) {
        return caches.get(cache).getAsync(key, k -> load);
    }

    @Override
    public void invalidate(String cache, String key) {
        caches.get(cache).invalidate(key).await().indefinitely();
    }

    @Override
    public void invalidateAll(String cache) {
        caches.get(cache).invalidateAll().await().indefinitely();
    }
}
