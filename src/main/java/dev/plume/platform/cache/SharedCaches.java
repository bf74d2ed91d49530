package dev.plume.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.platform.web.Rendered;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The caches in Redis ({@code REDIS_URL}), shared by every instance, so a write on one is never
 * answered stale by another.
 * <p>
 * Entries sit in versioned slots: a cache's generation (raised by invalidating the whole cache)
 * and an entry's version (raised by invalidating that entry) name the slot a reader looks in.
 * A reader reads both and the slot in one script; on a miss it loads from the database and
 * fills that same slot. An invalidation that lands between the two moves every later reader to
 * a new slot, so a value loaded before a write commits can never be served after it: the race
 * that a plain delete-then-set leaves open. Old slots are never read again and expire.
 * <p>
 * When Redis cannot be reached, reads go to the database (logged once per outage); a failed
 * invalidation is logged as an error, as it leaves entries stale until they expire.
 */
@ApplicationScoped
class SharedCaches implements CacheStore {

    private static final Logger LOG = Logger.getLogger(SharedCaches.class);
    private static final long TIMEOUT_MS = 2_000;
    private static final String READ_SLOT = """
            local slot = ARGV[1] .. (redis.call('GET', KEYS[1]) or '0') .. ':' .. (redis.call('GET', KEYS[2]) or '0') .. ':' .. ARGV[2]
            return {slot, redis.call('GET', slot)}
            """;

    private final Optional<String> url;
    private final String prefix;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final Config config;
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private volatile Redis redis;

    SharedCaches(@ConfigProperty(name = "plume.cache.redis-url") Optional<String> url,
                 @ConfigProperty(name = "plume.cache.redis-key-prefix") String prefix,
                 Vertx vertx, ObjectMapper json, Config config) {
        this.url = url;
        this.prefix = prefix;
        this.vertx = vertx;
        this.json = json;
        this.config = config;
    }

    boolean configured() {
        return url.isPresent();
    }

    @Override
    public <T> T get(String cache, String key, Class<T> type, Supplier<T> loader) {
        Slot slot;
        try {
            slot = await(readSlot(cache, key));
        } catch (RuntimeException e) {
            unreachable(e);
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
            fill(cache, slot.name(), Buffer.buffer(json.writeValueAsBytes(value)));
        } catch (IOException e) {
            throw new IllegalStateException("A " + type.getSimpleName() + " could not be written as JSON", e);
        }
        return value;
    }

    @Override
    public Uni<Rendered> rendered(String cache, String key, Uni<Rendered> load) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            return onContext(caller, readSlot(cache, key))
                    .onFailure().recoverWithItem(e -> {
                        unreachable(e);
                        return null;
                    })
                    .chain(slot -> {
                        if (slot == null) {
                            return load;
                        }
                        if (slot.value() != null) {
                            return Uni.createFrom().item(decode(slot.value()));
                        }
                        return load.invoke(rendered -> fill(cache, slot.name(), encode(rendered)));
                    });
        });
    }

    @Override
    public void invalidate(String cache, String key) {
        String version = prefix + cache + ":version:" + key;
        // outlives every entry filled under the versions before it
        long keep = ttl(cache).multipliedBy(2).toMillis();
        invalidation(cache, client().batch(List.of(Request.cmd(Command.INCR).arg(version),
                Request.cmd(Command.PEXPIRE).arg(version).arg(keep))));
    }

    @Override
    public void invalidateAll(String cache) {
        invalidation(cache, client().send(Request.cmd(Command.INCR).arg(prefix + cache + ":generation")));
    }

    private void invalidation(String cache, Future<?> sent) {
        try {
            await(sent);
        } catch (RuntimeException e) {
            LOG.errorf("Cache %s could not be invalidated in Redis; its entries may be stale until they expire: %s",
                    cache, e.getMessage());
        }
    }

    private Future<Slot> readSlot(String cache, String key) {
        Request read = Request.cmd(Command.EVAL).arg(READ_SLOT).arg(2)
                .arg(prefix + cache + ":generation").arg(prefix + cache + ":version:" + key)
                .arg(prefix + cache + ":").arg(key);
        // a Redis that accepts and never answers must not hold the request
        return client().send(read).timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).map(answer -> {
            reachable();
            Response value = answer.size() > 1 ? answer.get(1) : null;
            return new Slot(answer.get(0).toString(), value == null ? null : value.toBuffer());
        });
    }

    private void fill(String cache, String slot, Buffer value) {
        client().send(Request.cmd(Command.SET).arg(slot).arg(value).arg("PX").arg(ttl(cache).toMillis()))
                .onFailure(this::unreachable);
    }

    /** The expiry the same cache has in memory (application.properties). */
    private Duration ttl(String cache) {
        return config.getOptionalValue("quarkus.cache.caffeine.\"" + cache + "\".expire-after-write", Duration.class)
                .orElse(Duration.ofMinutes(1));
    }

    private static Buffer encode(Rendered rendered) {
        return Buffer.buffer(rendered.etag()).appendByte((byte) '\n').appendBytes(rendered.json());
    }

    private static Rendered decode(Buffer stored) {
        byte[] bytes = stored.getBytes();
        int newline = 0;
        while (bytes[newline] != '\n') {
            newline++;
        }
        return new Rendered(Arrays.copyOfRange(bytes, newline + 1, bytes.length),
                new String(bytes, 0, newline, StandardCharsets.US_ASCII));
    }

    private Redis client() {
        Redis client = redis;
        if (client == null) {
            synchronized (this) {
                if (redis == null) {
                    // connects on first use: no round trip before the HTTP port opens
                    RedisOptions options = new RedisOptions().setConnectionString(url.orElseThrow())
                            .setMaxPoolSize(16).setMaxPoolWaiting(1024);
                    options.getNetClientOptions().setConnectTimeout((int) TIMEOUT_MS);
                    redis = Redis.createClient(vertx, options);
                }
                client = redis;
            }
        }
        return client;
    }

    /** Continues on the request's context, where the loader's CDI request context lives. */
    private static <T> Uni<T> onContext(Context caller, Future<T> future) {
        return Uni.createFrom().emitter(emitter -> future.onComplete(result -> {
            Runnable deliver = () -> {
                if (result.succeeded()) {
                    emitter.complete(result.result());
                } else {
                    emitter.fail(result.cause());
                }
            };
            if (caller == null || caller == Vertx.currentContext()) {
                deliver.run();
            } else {
                caller.runOnContext(ignored -> deliver.run());
            }
        }));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Redis", e);
        } catch (Exception e) {
            throw new IllegalStateException("Redis did not answer: " + e.getMessage(), e);
        }
    }

    private void unreachable(Throwable e) {
        if (unreachable.compareAndSet(false, true)) {
            LOG.warnf("Redis cannot be reached; cached reads go to the database until it is back: %s", e.getMessage());
        }
    }

    private void reachable() {
        if (unreachable.compareAndSet(true, false)) {
            LOG.info("Redis is reachable again; cached reads use it");
        }
    }

    private record Slot(String name, Buffer value) {
    }
}
