package dev.plume.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.identity.Role;
import dev.plume.identity.Session;
import dev.plume.identity.Viewer;
import dev.plume.platform.web.Rendered;
import dev.plume.platform.redis.RedisConnection;
import dev.plume.support.RedisServer;
import dev.plume.support.TcpRelay;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Redis backend on its own, against a real redis-server: hits are served without loading,
 * a value loaded while a write commits is never served after that write, and a Redis that
 * does not answer costs a read at most one timeout.
 */
class SharedCachesTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final List<String> NAMES = List.of("post-detail", "feed-first-page", "categories", "tags", "stats", "sessions");

    private static RedisServer redis;
    private static Vertx vertx;
    private static SharedCaches caches;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.startOrSkip();
        vertx = Vertx.vertx();
        caches = new SharedCaches(client(redis.url()), "test-" + UUID.randomUUID() + ":", vertx, JSON,
                ConfigProvider.getConfig(), NAMES);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aHitIsServedWithoutLoading() {
        AtomicInteger loads = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        assertEquals("loaded", caches.get("stats", key, String.class, () -> {
            loads.incrementAndGet();
            return "loaded";
        }));
        assertEquals("loaded", caches.get("stats", key, String.class, () -> {
            loads.incrementAndGet();
            return "loaded again";
        }));
        assertEquals(1, loads.get());
    }

    @Test
    void aValueLoadedWhileItsEntryIsInvalidatedIsNotServedAfterwards() {
        String key = UUID.randomUUID().toString();
        assertEquals("before the write", caches.get("post-detail", key, String.class, () -> {
            caches.invalidate("post-detail", key); // the write commits while the old value is being read
            return "before the write";
        }));
        assertEquals("after the write", caches.get("post-detail", key, String.class, () -> "after the write"));
    }

    @Test
    void aValueLoadedWhileItsCacheIsEmptiedIsNotServedAfterwards() {
        String key = UUID.randomUUID().toString();
        assertEquals("before the write", caches.get("feed-first-page", key, String.class, () -> {
            caches.invalidateAll("feed-first-page");
            return "before the write";
        }));
        assertEquals("after the write", caches.get("feed-first-page", key, String.class, () -> "after the write"));
    }

    @Test
    void aSessionIsStoredAndReadBack() {
        AtomicInteger loads = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        Session.Live live = new Session.Live(new Viewer(UUID.randomUUID(), "Ada", null, Role.MODERATOR), UUID.randomUUID(),
                Instant.parse("2026-12-01T10:15:30.123456Z"));
        Supplier<Session.Live> load = () -> {
            loads.incrementAndGet();
            return live;
        };
        caches.get("sessions", key, Session.Live.class, load);
        assertEquals(live, caches.get("sessions", key, Session.Live.class, load));
        assertEquals(1, loads.get());
    }

    @Test
    void aVersionThatExpiredIsNeverGivenAgain() {
        // entries live 1 s, an entry's version 2 s after its last invalidation
        String prefix = "short-" + UUID.randomUUID() + ":";
        SharedCaches shortLived = new SharedCaches(client(redis.url()), prefix, vertx, JSON,
                new SmallRyeConfigBuilder().withDefaultValue("quarkus.cache.caffeine.\"post-detail\".expire-after-write", "PT1S").build(), NAMES);
        String key = "post";
        String version = prefix + "post-detail:version:" + key;
        shortLived.invalidate("post-detail", key);
        // filled late in its version's life, the entry outlives the version
        await().atMost(Duration.ofSeconds(5)).until(() -> redis("PTTL", version) < 400);
        shortLived.get("post-detail", key, String.class, () -> "before the write");
        await().atMost(Duration.ofSeconds(5)).until(() -> redis("EXISTS", version) == 0);
        shortLived.invalidate("post-detail", key);
        assertEquals("after the write", shortLived.get("post-detail", key, String.class, () -> "after the write"));
    }

    @Test
    void anEntryThisReleaseCannotReadIsLoadedAgain() {
        String key = UUID.randomUUID().toString();
        caches.get("sessions", key, String.class, () -> "an older shape");
        assertEquals(new Shape("the new shape"), caches.get("sessions", key, Shape.class, () -> new Shape("the new shape")));
    }

    record Shape(String name) {
    }

    @Test
    void invalidationsLostInAnOutageLeaveNothingStaleOnceRedisIsBack() throws Exception {
        try (TcpRelay network = new TcpRelay(redis.port())) {
            SharedCaches behindTheNetwork = new SharedCaches(client("redis://127.0.0.1:" + network.port()),
                    "outage-" + UUID.randomUUID() + ":", vertx, JSON, ConfigProvider.getConfig(), NAMES);
            behindTheNetwork.get("feed-first-page", "page", String.class, () -> "before the write");
            network.cut();
            behindTheNetwork.invalidateAll("feed-first-page"); // a write commits; its invalidation cannot reach Redis
            network.join();
            // after the pause that follows a failure, the instance reads Redis again
            await().atMost(Duration.ofSeconds(10)).until(() -> !behindTheNetwork.paused());
            assertEquals("after the write", behindTheNetwork.get("feed-first-page", "page", String.class, () -> "after the write"));
            assertEquals("after the write", behindTheNetwork.get("feed-first-page", "page", String.class, () -> "not read from Redis"));
        }
    }

    @Test
    void aWriteOnAnInstanceCutOffFromRedisReachesTheOthersOnceItIsBack() throws Exception {
        String prefix = "two-" + UUID.randomUUID() + ":";
        try (TcpRelay network = new TcpRelay(redis.port())) {
            SharedCaches cutOff = new SharedCaches(client("redis://127.0.0.1:" + network.port()), prefix, vertx, JSON,
                    ConfigProvider.getConfig(), NAMES);
            SharedCaches other = new SharedCaches(client(redis.url()), prefix, vertx, JSON, ConfigProvider.getConfig(), NAMES);
            other.get("feed-first-page", "page", String.class, () -> "before the write");
            network.cut();
            // Redis holds "before the write" for this key; cut off, the instance reads the database
            assertEquals("read from the database", cutOff.get("feed-first-page", "page", String.class, () -> "read from the database"));
            network.join();
            cutOff.invalidateAll("feed-first-page"); // a write commits while the instance still leaves Redis alone
            // it sends what it owes within half a second of Redis answering
            await().atMost(Duration.ofSeconds(3))
                    .until(() -> other.get("feed-first-page", "page", String.class, () -> "after the write").equals("after the write"));
        }
    }

    @Test
    void aRedisThatNeverAnswersDoesNotHoldReads() throws Exception {
        // the kernel accepts the connections; nothing ever answers them
        try (ServerSocket silent = new ServerSocket(0)) {
            SharedCaches unanswered = new SharedCaches(client("redis://127.0.0.1:" + silent.getLocalPort()), "silent:",
                    vertx, JSON, ConfigProvider.getConfig(), NAMES);
            Rendered answer = new Rendered("{}".getBytes(StandardCharsets.UTF_8), "\"etag-2\"");
            long start = System.nanoTime();
            assertEquals(answer, unanswered.rendered("tags", "k", Uni.createFrom().item(answer))
                    .await().atMost(Duration.ofSeconds(20)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_000, "the first read waits at most about 2 s");
            start = System.nanoTime();
            assertEquals("loaded", unanswered.get("stats", "k", String.class, () -> "loaded"));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 500, "the next reads do not wait for Redis at all");
        }
    }

    private static Optional<Redis> client(String url) {
        return Optional.of(Redis.createClient(vertx, url));
    }

    /** A command's integer answer, sent to the test's Redis directly. */
    private static long redis(String command, String key) {
        Redis client = Redis.createClient(vertx, redis.url());
        try {
            return RedisConnection.await(client.send(Request.cmd(Command.create(command)).arg(key))).toLong();
        } finally {
            client.close();
        }
    }

    @Test
    void aRenderedAnswerKeepsItsBytesAndItsEtag() {
        AtomicInteger loads = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        Rendered answer = new Rendered("{\"a\":\"line\\nbreak\"}".getBytes(StandardCharsets.UTF_8), "\"etag-1\"");
        Uni<Rendered> load = Uni.createFrom().item(() -> {
            loads.incrementAndGet();
            return answer;
        });
        caches.rendered("tags", key, load).await().indefinitely();
        Rendered cached = caches.rendered("tags", key, load).await().indefinitely();
        assertEquals(1, loads.get());
        assertArrayEquals(answer.json(), cached.json());
        assertEquals(answer.etag(), cached.etag());
    }
}
