package dev.plume.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.identity.Role;
import dev.plume.identity.Session;
import dev.plume.identity.Viewer;
import dev.plume.platform.web.Rendered;
import dev.plume.support.RedisServer;
import dev.plume.support.TcpRelay;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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

    private static RedisServer redis;
    private static Vertx vertx;
    private static SharedCaches caches;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.startOrSkip();
        vertx = Vertx.vertx();
        caches = new SharedCaches(Optional.of(redis.url()), "test-" + UUID.randomUUID() + ":", vertx, JSON,
                ConfigProvider.getConfig());
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
        assertEquals("loaded", caches.get(ReadCache.STATS, key, String.class, () -> {
            loads.incrementAndGet();
            return "loaded";
        }));
        assertEquals("loaded", caches.get(ReadCache.STATS, key, String.class, () -> {
            loads.incrementAndGet();
            return "loaded again";
        }));
        assertEquals(1, loads.get());
    }

    @Test
    void aValueLoadedWhileItsEntryIsInvalidatedIsNotServedAfterwards() {
        String key = UUID.randomUUID().toString();
        assertEquals("before the write", caches.get(ReadCache.POST_DETAIL, key, String.class, () -> {
            caches.invalidate(ReadCache.POST_DETAIL, key); // the write commits while the old value is being read
            return "before the write";
        }));
        assertEquals("after the write", caches.get(ReadCache.POST_DETAIL, key, String.class, () -> "after the write"));
    }

    @Test
    void aValueLoadedWhileItsCacheIsEmptiedIsNotServedAfterwards() {
        String key = UUID.randomUUID().toString();
        assertEquals("before the write", caches.get(ReadCache.FEED, key, String.class, () -> {
            caches.invalidateAll(ReadCache.FEED);
            return "before the write";
        }));
        assertEquals("after the write", caches.get(ReadCache.FEED, key, String.class, () -> "after the write"));
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
        caches.get(ReadCache.SESSIONS, key, Session.Live.class, load);
        assertEquals(live, caches.get(ReadCache.SESSIONS, key, Session.Live.class, load));
        assertEquals(1, loads.get());
    }

    @Test
    void aVersionThatExpiredIsNeverGivenAgain() throws InterruptedException {
        // entries live 1 s, an entry's version 2 s after its last invalidation
        SharedCaches shortLived = new SharedCaches(Optional.of(redis.url()), "short-" + UUID.randomUUID() + ":", vertx, JSON,
                new SmallRyeConfigBuilder().withDefaultValue("quarkus.cache.caffeine.\"post-detail\".expire-after-write", "PT1S").build());
        String key = "post";
        shortLived.invalidate(ReadCache.POST_DETAIL, key);
        Thread.sleep(1_700);
        shortLived.get(ReadCache.POST_DETAIL, key, String.class, () -> "before the write"); // lives until 2.7 s
        Thread.sleep(500); // the version has expired
        shortLived.invalidate(ReadCache.POST_DETAIL, key);
        assertEquals("after the write", shortLived.get(ReadCache.POST_DETAIL, key, String.class, () -> "after the write"));
    }

    @Test
    void anEntryThisReleaseCannotReadIsLoadedAgain() {
        String key = UUID.randomUUID().toString();
        caches.get(ReadCache.SESSIONS, key, String.class, () -> "an older shape");
        assertEquals(new Shape("the new shape"), caches.get(ReadCache.SESSIONS, key, Shape.class, () -> new Shape("the new shape")));
    }

    record Shape(String name) {
    }

    @Test
    void invalidationsLostInAnOutageLeaveNothingStaleOnceRedisIsBack() throws Exception {
        try (TcpRelay network = new TcpRelay(redis.port())) {
            SharedCaches behindTheNetwork = new SharedCaches(Optional.of("redis://127.0.0.1:" + network.port()),
                    "outage-" + UUID.randomUUID() + ":", vertx, JSON, ConfigProvider.getConfig());
            behindTheNetwork.get(ReadCache.FEED, "page", String.class, () -> "before the write");
            network.cut();
            behindTheNetwork.invalidateAll(ReadCache.FEED); // a write commits; its invalidation cannot reach Redis
            network.join();
            Thread.sleep(5_500); // the pause after a failure, in which reads do not try Redis
            assertEquals("after the write", behindTheNetwork.get(ReadCache.FEED, "page", String.class, () -> "after the write"));
        }
    }

    @Test
    void aWriteOnAnInstanceCutOffFromRedisReachesTheOthersOnceItIsBack() throws Exception {
        String prefix = "two-" + UUID.randomUUID() + ":";
        try (TcpRelay network = new TcpRelay(redis.port())) {
            SharedCaches cutOff = new SharedCaches(Optional.of("redis://127.0.0.1:" + network.port()), prefix, vertx, JSON,
                    ConfigProvider.getConfig());
            SharedCaches other = new SharedCaches(Optional.of(redis.url()), prefix, vertx, JSON, ConfigProvider.getConfig());
            other.get(ReadCache.FEED, "page", String.class, () -> "before the write");
            network.cut();
            // Redis holds "before the write" for this key; cut off, the instance reads the database
            assertEquals("read from the database", cutOff.get(ReadCache.FEED, "page", String.class, () -> "read from the database"));
            network.join();
            cutOff.invalidateAll(ReadCache.FEED); // a write commits while the instance still leaves Redis alone
            Thread.sleep(1_500); // it sends what it owes within half a second of Redis answering
            assertEquals("after the write", other.get(ReadCache.FEED, "page", String.class, () -> "after the write"));
        }
    }

    @Test
    void aRedisThatNeverAnswersDoesNotHoldReads() throws Exception {
        // the kernel accepts the connections; nothing ever answers them
        try (ServerSocket silent = new ServerSocket(0)) {
            SharedCaches unanswered = new SharedCaches(Optional.of("redis://127.0.0.1:" + silent.getLocalPort()), "silent:",
                    vertx, JSON, ConfigProvider.getConfig());
            Rendered answer = new Rendered("{}".getBytes(StandardCharsets.UTF_8), "\"etag-2\"");
            long start = System.nanoTime();
            assertEquals(answer, unanswered.rendered(ReadCache.TAGS, "k", Uni.createFrom().item(answer))
                    .await().atMost(Duration.ofSeconds(20)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_000, "the first read waits at most about 2 s");
            start = System.nanoTime();
            assertEquals("loaded", unanswered.get(ReadCache.STATS, "k", String.class, () -> "loaded"));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 500, "the next reads do not wait for Redis at all");
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
        caches.rendered(ReadCache.TAGS, key, load).await().indefinitely();
        Rendered cached = caches.rendered(ReadCache.TAGS, key, load).await().indefinitely();
        assertEquals(1, loads.get());
        assertArrayEquals(answer.json(), cached.json());
        assertEquals(answer.etag(), cached.etag());
    }
}
