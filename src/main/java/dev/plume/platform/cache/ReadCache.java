package dev.plume.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.platform.web.Rendered;
import io.quarkus.cache.Cache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Supplier;

/**
 * Caches of hot reads and their tagged invalidation: a write names the caches it makes stale,
 * and they are invalidated when its transaction commits, so no reader can cache what the write
 * replaced. Each feature declares its own caches (quarkus-cache {@code @CacheName}; sizes and
 * expiries in application.properties). Entries live in this instance's memory, or in Redis
 * when {@code REDIS_URL} is set, so that several instances stay coherent (SharedCaches).
 * Instance caches ({@code plume.cache.instance-caches}: read on every request, so a Redis round
 * trip would cost each request) stay in memory either way; the database announces their
 * evictions to every instance (EvictionNotices).
 * {@code plume.cache.enabled=false} reads through (the benchmark's "no cache" configuration).
 */
@ApplicationScoped
public class ReadCache {

    private final CacheStore store;
    private final LocalCaches local;
    private final EvictionNotices notices;
    private final TransactionSynchronizationRegistry transactions;
    private final boolean enabled;
    private final ObjectMapper json;

    ReadCache(LocalCaches local, SharedCaches shared, EvictionNotices notices, TransactionSynchronizationRegistry transactions,
              @ConfigProperty(name = "plume.cache.enabled") boolean enabled, ObjectMapper json) {
        this.store = shared.configured() ? shared : local;
        this.local = local;
        this.notices = notices;
        this.transactions = transactions;
        this.enabled = enabled;
        this.json = json;
    }

    /** The cached value, loaded (and cached) when absent. Blocking: for worker threads. */
    public <T> T get(Cache cache, Object key, Class<T> type, Supplier<T> loader) {
        return enabled ? storeOf(cache).get(cache, String.valueOf(key), type, loader) : loader.get();
    }

    /**
     * The cached answer body, rendered (JSON and ETag) once. Callers run on the event loop: a hit
     * is answered there, without a hand-over to a worker thread; a miss is loaded on a worker
     * thread, in the request's context, and cached.
     */
    public Uni<Rendered> rendered(Cache cache, Object key, Supplier<?> loader) {
        Uni<Rendered> load = VertxContextSupport.executeBlocking(() -> Rendered.of(json, loader.get()));
        return enabled ? storeOf(cache).rendered(cache, String.valueOf(key), load) : load;
    }

    /** Empties these caches once the current transaction commits (at once outside one). */
    public void invalidateAll(Cache... caches) {
        afterCommit(() -> {
            for (Cache cache : caches) {
                storeOf(cache).invalidateAll(cache);
            }
        });
    }

    /** Drops one entry once the current transaction commits (at once outside one). */
    public void invalidate(Cache cache, Object key) {
        afterCommit(() -> storeOf(cache).invalidate(cache, String.valueOf(key)));
    }

    private CacheStore storeOf(Cache cache) {
        return notices.isInstanceCache(cache) ? local : store;
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
}
