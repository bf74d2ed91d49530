package dev.plume.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.platform.redis.RedisConnection;
import dev.plume.platform.web.Rendered;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The caches in Redis ({@code REDIS_URL}; a standalone server or a primary, not Redis Cluster),
 * shared by every instance, so that a write on one is never answered stale by another.
 * <p>
 * Entries sit in versioned slots. A cache's generation (raised by invalidating the whole cache)
 * and an entry's version (taken from a counter that only grows, by invalidating that entry)
 * name the slot a reader looks in; a reader reads both and the slot in one script. On a miss it
 * loads from the database, and fills the slot only if neither number has moved meanwhile. So a
 * value loaded while a write commits is never stored where a later reader looks: the race a
 * plain delete-then-set leaves open. Old slots are never read again and expire.
 * <p>
 * When Redis cannot be reached, reads go to the database; invalidations lost meanwhile are made
 * good when it answers again, by moving every cache to a new generation.
 */
@ApplicationScoped
class SharedCaches implements CacheStore {

    private static final Logger LOG = Logger.getLogger(SharedCaches.class);

    /**
     * KEYS: generation, version; ARGV: slot prefix, key, a random first generation. Answers
     * generation, version, value. A generation starts at a random number, so that one lost with
     * its Redis (a restart) never matches a reader's again.
     */
    private static final String READ = """
            redis.call('SET', KEYS[1], ARGV[3], 'NX')
            local generation = redis.call('GET', KEYS[1])
            local version = redis.call('GET', KEYS[2]) or '0'
            return {generation, version, redis.call('GET', ARGV[1] .. generation .. ':' .. version .. ':' .. ARGV[2])}
            """;
    /** KEYS: generation, version; ARGV: generation and version read, slot prefix, key, value, ms to live. */
    private static final String FILL = """
            if redis.call('GET', KEYS[1]) == ARGV[1] and (redis.call('GET', KEYS[2]) or '0') == ARGV[2] then
              redis.call('SET', ARGV[3] .. ARGV[1] .. ':' .. ARGV[2] .. ':' .. ARGV[4], ARGV[5], 'PX', ARGV[6])
            end
            return 1
            """;
    /** KEYS: the cache's version counter, the entry's version; ARGV: ms the version outlives its entries. */
    private static final String INVALIDATE = """
            redis.call('SET', KEYS[2], redis.call('INCR', KEYS[1]), 'PX', ARGV[1])
            return 1
            """;

    private final Optional<RedisConnection> redis;
    private final String prefix;
    private final ObjectMapper json;
    private final Collection<String> cacheNames;
    private final Map<String, Duration> expiries;

    @Inject
    SharedCaches(InjectableInstance<Redis> client, @ConfigProperty(name = "plume.redis.key-prefix") String prefix,
                 Vertx vertx, ObjectMapper json, Config config, CacheManager caches) {
        this(client.listActive().stream().findFirst(), prefix, vertx, json, config, caches.getCacheNames());
    }

    /** {@code client}: present when {@code REDIS_URL} is set. */
    SharedCaches(Optional<Redis> client, String prefix, Vertx vertx, ObjectMapper json, Config config, Collection<String> cacheNames) {
        this.redis = client.map(c -> new RedisConnection(vertx, c, this::everyCacheToANewGeneration));
        this.prefix = prefix;
        this.json = json;
        this.cacheNames = List.copyOf(cacheNames);
        this.expiries = cacheNames.stream().collect(Collectors.toUnmodifiableMap(cache -> cache, cache -> expiry(config, cache)));
    }

    boolean configured() {
        return redis.isPresent();
    }

    /** Whether Redis failed a moment ago, so that reads and writes leave it alone for now. */
    boolean paused() {
        return redis.map(RedisConnection::paused).orElse(false);
    }

    @Override
    public <T> T get(Cache cache, String key, Class<T> type, Supplier<T> loader) {
        return get(cache.getName(), key, type, loader);
    }

    <T> T get(String cache, String key, Class<T> type, Supplier<T> loader) {
        if (connection().paused()) {
            return loader.get();
        }
        Slot slot;
        try {
            slot = RedisConnection.await(read(cache, key));
        } catch (RuntimeException unreachable) {
            return loader.get();
        }
        if (slot.value() != null) {
            try {
                return json.readValue(slot.value().getBytes(), type);
            } catch (IOException writtenByAnotherRelease) {
                // loaded again, and the slot filled in this release's form
            }
        }
        T value = loader.get();
        try {
            RedisConnection.await(fill(cache, key, slot, Buffer.buffer(json.writeValueAsBytes(value))));
        } catch (IOException e) {
            throw new IllegalStateException("A " + type.getSimpleName() + " could not be written as JSON", e);
        } catch (RuntimeException unreachable) {
            // answered all the same; the next reader loads it again
        }
        return value;
    }

    @Override
    public Uni<Rendered> rendered(Cache cache, String key, Uni<Rendered> load) {
        return rendered(cache.getName(), key, load);
    }

    Uni<Rendered> rendered(String cache, String key, Uni<Rendered> load) {
        return Uni.createFrom().deferred(() -> {
            if (connection().paused()) {
                return load;
            }
            Context caller = Vertx.currentContext();
            return RedisConnection.onContext(caller, read(cache, key))
                    .onFailure().recoverWithItem((Slot) null)
                    .chain(slot -> {
                        if (slot == null) {
                            return load;
                        }
                        Rendered cached = slot.value() == null ? null : decode(slot.value());
                        if (cached != null) {
                            return Uni.createFrom().item(cached);
                        }
                        return load.call(rendered -> RedisConnection.onContext(caller, fill(cache, key, slot, encode(rendered)))
                                .onFailure().recoverWithNull());
                    });
        });
    }

    @Override
    public void invalidate(Cache cache, String key) {
        invalidate(cache.getName(), key);
    }

    void invalidate(String cache, String key) {
        // the version outlives every entry filled under an earlier one
        long keep = ttl(cache).multipliedBy(2).toMillis();
        invalidation(cache, () -> connection().send(Request.cmd(Command.EVAL).arg(INVALIDATE).arg(2)
                .arg(keyPrefix(cache) + "versions").arg(versionKey(cache, key)).arg(keep)));
    }

    @Override
    public void invalidateAll(Cache cache) {
        invalidateAll(cache.getName());
    }

    void invalidateAll(String cache) {
        invalidation(cache, () -> connection().send(Request.cmd(Command.INCR).arg(generationKey(cache))));
    }

    Duration ttl(String cache) {
        return expiries.get(cache);
    }

    /** A cache's expiry, the same as in memory (application.properties). */
    private static Duration expiry(Config config, String cache) {
        String setting = "quarkus.cache.caffeine.%s.expire-after-write";
        return config.getOptionalValue(setting.formatted('"' + cache + '"'), Duration.class)
                .or(() -> config.getOptionalValue(setting.formatted(cache), Duration.class))
                .orElse(Duration.ofMinutes(1));
    }

    private void invalidation(String cache, Supplier<Future<?>> send) {
        if (connection().paused()) {
            // made good as soon as Redis answers again (everyCacheToANewGeneration)
            connection().owe();
            return;
        }
        try {
            RedisConnection.await(send.get());
        } catch (RuntimeException e) {
            LOG.errorf("Cache %s could not be invalidated in Redis now; every cache moves to a new generation "
                    + "when Redis answers again: %s", cache, e.getMessage());
        }
    }

    /** Which invalidations went missing while Redis was away cannot be known: no entry from before is read again. */
    private List<Request> everyCacheToANewGeneration() {
        return cacheNames.stream().map(cache -> Request.cmd(Command.INCR).arg(generationKey(cache))).toList();
    }

    private Future<Slot> read(String cache, String key) {
        long firstGeneration = ThreadLocalRandom.current().nextLong(1L << 48);
        long readAt = System.nanoTime();
        return connection().send(Request.cmd(Command.EVAL).arg(READ).arg(2).arg(generationKey(cache)).arg(versionKey(cache, key))
                        .arg(keyPrefix(cache)).arg(key).arg(firstGeneration))
                .map(answer -> {
                    Response value = answer.size() > 2 ? answer.get(2) : null;
                    return new Slot(answer.get(0).toString(), answer.get(1).toString(), value == null ? null : value.toBuffer(), readAt);
                });
    }

    private Future<Response> fill(String cache, String key, Slot slot, Buffer value) {
        if (System.nanoTime() - slot.readAt() > ttl(cache).toNanos()) {
            // loaded for so long that the entry's version may have expired and read as new
            return Future.succeededFuture();
        }
        return connection().send(Request.cmd(Command.EVAL).arg(FILL).arg(2).arg(generationKey(cache)).arg(versionKey(cache, key))
                .arg(slot.generation()).arg(slot.version()).arg(keyPrefix(cache)).arg(key).arg(value)
                .arg(ttl(cache).toMillis()));
    }

    /** Every key of a cache starts so; its slots go on with generation:version:key. */
    private String keyPrefix(String cache) {
        return prefix + cache + ":";
    }

    private String generationKey(String cache) {
        return keyPrefix(cache) + "generation";
    }

    private String versionKey(String cache, String key) {
        return keyPrefix(cache) + "version:" + key;
    }

    private RedisConnection connection() {
        return redis.orElseThrow();
    }

    private static Buffer encode(Rendered rendered) {
        return Buffer.buffer(rendered.etag()).appendByte((byte) '\n').appendBytes(rendered.json());
    }

    /** The stored answer, or null for a value in another form (loaded again). */
    private static Rendered decode(Buffer stored) {
        byte[] bytes = stored.getBytes();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return new Rendered(Arrays.copyOfRange(bytes, i + 1, bytes.length), new String(bytes, 0, i, StandardCharsets.US_ASCII));
            }
        }
        return null;
    }

    private record Slot(String generation, String version, Buffer value, long readAt) {
    }
}
