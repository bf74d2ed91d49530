package dev.plume.platform.cache;

import dev.plume.platform.web.Rendered;
import io.quarkus.cache.Cache;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/** Where ReadCache keeps its entries: in this instance's memory, or in Redis shared by every instance. */
interface CacheStore {

    /** Blocking: called on a worker thread. */
    <T> T get(Cache cache, String key, Class<T> type, Supplier<T> loader);

    /** Called on the event loop; {@code load} runs the loader on a worker thread. */
    Uni<Rendered> rendered(Cache cache, String key, Uni<Rendered> load);

    /** Blocking; runs after the write that made these entries stale has committed. */
    void invalidate(Cache cache, String key);

    void invalidateAll(Cache cache);
}
