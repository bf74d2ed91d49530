package dev.plume.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * The caches in Redis (REDIS_URL), on a redis-server started for the run. Where redis-server is
 * not installed the profile leaves Redis out, and the test class reports itself skipped
 * (RedisServer.requireOrSkip in its @BeforeAll).
 */
public class WithRedis implements QuarkusTestProfile {

    private static RedisServer redis;

    @Override
    public Map<String, String> getConfigOverrides() {
        if (!RedisServer.installed()) {
            return Map.of();
        }
        return Map.of("quarkus.redis.hosts", server().url(), "plume.redis.key-prefix", "test-" + UUID.randomUUID() + ":");
    }

    private static synchronized RedisServer server() {
        if (redis == null) {
            try {
                redis = RedisServer.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    redis.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return redis;
    }
}
