package dev.plume.content;

import dev.plume.support.RedisServer;
import dev.plume.support.WithRedis;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeAll;

/** The same writes and reads, with the caches in Redis. */
@QuarkusTest
@TestProfile(WithRedis.class)
class CacheInvalidationRedisTest extends CacheInvalidationTest {

    @BeforeAll
    static void redisIsThere() {
        RedisServer.requireOrSkip();
    }
}
