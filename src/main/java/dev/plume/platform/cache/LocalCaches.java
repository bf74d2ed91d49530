package dev.plume.platform.cache;

import dev.plume.platform.web.Rendered;
import io.quarkus.cache.Cache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * The caches of one instance, as quarkus-cache (Caffeine) keeps them. An entry being loaded
 * while it is invalidated is dropped, not stored.
 */
@ApplicationScoped
class LocalCaches implements CacheStore {

    @Override
    public <T> T get(Cache cache, String key, Class<T> type, Supplier<T> loader) {
        return cache.get(key, k -> loader.get()).await().indefinitely();
    }

    @Override
    public Uni<Rendered> rendered(Cache cache, String key, Uni<Rendered> load) {
        return cache.getAsync(key, k -> load);
    }

    @Override
    public void invalidate(Cache cache, String key) {
        cache.invalidate(key).await().indefinitely();
    }

    @Override
    public void invalidateAll(Cache cache) {
        cache.invalidateAll().await().indefinitely();
    }
}
