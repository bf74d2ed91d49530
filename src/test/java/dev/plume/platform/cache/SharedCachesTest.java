package dev.plume.platform.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.platform.web.Rendered;
import dev.plume.support.RedisServer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Redis backend on its own, against a real redis-server: hits are served without loading,
 * and a value loaded while a write commits is never served after that write.
 */
class SharedCachesTest {

    private static RedisServer redis;
    private static Vertx vertx;
    private static SharedCaches caches;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.startOrSkip();
        vertx = Vertx.vertx();
        caches = new SharedCaches(Optional.of(redis.url()), "test-" + UUID.randomUUID() + ":", vertx, new ObjectMapper(),
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
    void aHitIsServedWithoutLoading() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        assertEquals("loaded", caches.get(ReadCache.STATS, key, String.class, () -> {
            loads.incrementAndGet();
            return "loaded";
        }));
        Thread.sleep(200); // the entry is stored after the answer
        assertEquals("loaded", caches.get(ReadCache.STATS, key, String.class, () -> {
            loads.incrementAndGet();
            return "loaded again";
        }));
        assertEquals(1, loads.get());
    }

    @Test
    void aValueLoadedWhileItsEntryIsInvalidatedIsNotServedAfterwards() throws InterruptedException {
        String key = UUID.randomUUID().toString();
        assertEquals("before the write", caches.get(ReadCache.POST_DETAIL, key, String.class, () -> {
            caches.invalidate(ReadCache.POST_DETAIL, key); // the write commits while the old value is being read
            return "before the write";
        }));
        Thread.sleep(200);
        assertEquals("after the write", caches.get(ReadCache.POST_DETAIL, key, String.class, () -> "after the write"));
    }

    @Test
    void aValueLoadedWhileItsCacheIsEmptiedIsNotServedAfterwards() throws InterruptedException {
        String key = UUID.randomUUID().toString();
        assertEquals("before the write", caches.get(ReadCache.FEED, key, String.class, () -> {
            caches.invalidateAll(ReadCache.FEED);
            return "before the write";
        }));
        Thread.sleep(200);
        assertEquals("after the write", caches.get(ReadCache.FEED, key, String.class, () -> "after the write"));
    }

    @Test
    void anEntryThisReleaseCannotReadIsLoadedAgain() throws InterruptedException {
        String key = UUID.randomUUID().toString();
        caches.get(ReadCache.SESSIONS, key, String.class, () -> "an older shape");
        Thread.sleep(200);
        assertEquals(new Shape("the new shape"), caches.get(ReadCache.SESSIONS, key, Shape.class, () -> new Shape("the new shape")));
    }

    record Shape(String name) {
    }

    @Test
    void aRedisThatNeverAnswersDoesNotHoldReads() throws Exception {
        // the kernel accepts the connections; nothing ever answers them
        try (ServerSocket silent = new ServerSocket(0)) {
            SharedCaches unanswered = new SharedCaches(Optional.of("redis://127.0.0.1:" + silent.getLocalPort()), "silent:",
                    vertx, new ObjectMapper(), ConfigProvider.getConfig());
            Rendered answer = new Rendered("{}".getBytes(StandardCharsets.UTF_8), "\"etag-2\"");
            long start = System.nanoTime();
            assertEquals(answer, unanswered.rendered(ReadCache.TAGS, "k", Uni.createFrom().item(answer))
                    .await().atMost(Duration.ofSeconds(20)));
            assertEquals("loaded", unanswered.get(ReadCache.STATS, "k", String.class, () -> "loaded"));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "each read waits at most 2 s for Redis");
        }
    }

    @Test
    void aRenderedAnswerKeepsItsBytesAndItsEtag() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        Rendered answer = new Rendered("{\"a\":\"line\\nbreak\"}".getBytes(StandardCharsets.UTF_8), "\"etag-1\"");
        Uni<Rendered> load = Uni.createFrom().item(() -> {
            loads.incrementAndGet();
            return answer;
        });
        caches.rendered(ReadCache.TAGS, key, load).await().indefinitely();
        Thread.sleep(200);
        Rendered cached = caches.rendered(ReadCache.TAGS, key, load).await().indefinitely();
        assertEquals(1, loads.get());
        assertArrayEquals(answer.json(), cached.json());
        assertEquals(answer.etag(), cached.etag());
    }
}
