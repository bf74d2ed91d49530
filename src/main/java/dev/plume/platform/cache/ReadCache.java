package dev.plume.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.platform.web.Rendered;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The caches of hot reads (quarkus-cache, Caffeine) and their tagged invalidation: a write
 * names the caches it makes stale, and they are emptied when its transaction commits, so no
 * reader can cache what the write replaced. An entry being loaded while it is invalidated is
 * dropped, not stored. {@code plume.cache.enabled=false} reads through (the benchmark's
 * "no cache" configuration).
 */
@ApplicationScoped
public class ReadCache {

    public static final String POST_DETAIL = "post-detail";
    public static final String FEED = "feed-first-page";
    public static final String CATEGORIES = "categories";
    public static final String TAGS = "tags";
    public static final String STATS = "stats";
    public static final String SESSIONS = "sessions";

    private final Map<String, Cache> caches;
    private final TransactionSynchronizationRegistry transactions;
    private final boolean enabled;
    private final ObjectMapper json;

    /** Each cache is named here once, which is what makes quarkus-cache create it. */
    ReadCache(@CacheName(POST_DETAIL) Cache detail, @CacheName(FEED) Cache feed, @CacheName(CATEGORIES) Cache categories,
              @CacheName(TAGS) Cache tags, @CacheName(STATS) Cache stats, @CacheName(SESSIONS) Cache sessions,
              TransactionSynchronizationRegistry transactions, @ConfigProperty(name = "plume.cache.enabled") boolean enabled,
              ObjectMapper json) {
        this.caches = Map.of(POST_DETAIL, detail, FEED, feed, CATEGORIES, categories, TAGS, tags, STATS, stats,
                SESSIONS, sessions);
        this.transactions = transactions;
        this.enabled = enabled;
        this.json = json;
    }

    /** The cached value, loaded (and cached) when absent. */
    public <T> T get(String cache, Object key, Supplier<T> loader) {
        if (!enabled) {
            return loader.get();
        }
        return cache(cache).get(key, k -> loader.get()).await().indefinitely();
    }

    /**
     * The cached answer body, rendered (JSON and ETag) once. Callers run on the event loop: a hit
     * is answered there, without a hand-over to a worker thread; a miss is loaded on a worker
     * thread, in the request's context, and cached.
     */
    public Uni<Rendered> rendered(String cache, Object key, Supplier<?> loader) {
        Uni<Rendered> load = VertxContextSupport.executeBlocking(() -> Rendered.of(json, loader.get()));
        return enabled ? cache(cache).getAsync(key, k -> load) : load;
    }

    /** Empties the whole cache once the current transaction commits (at once outside one). */
    public void invalidateAll(String... cacheNames) {
        afterCommit(() -> {
            for (String name : cacheNames) {
                cache(name).invalidateAll().await().indefinitely();
            }
        });
    }

    /** Drops one entry once the current transaction commits (at once outside one). */
    public void invalidate(String cacheName, Object key) {
        afterCommit(() -> cache(cacheName).invalidate(key).await().indefinitely());
    }

    private void afterCommit(Runnable invalidation) {
        if (!enabled) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            invalidation.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    invalidation.run();
                }
            }
        });
    }

    private Cache cache(String name) {
        return caches.get(name);
    }
}
