package dev.plume.platform.cache;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entries in Redis expire as they do in memory: the expiries of application.properties, quoted names or not. */
@QuarkusTest
class CacheExpiriesTest {

    @Inject
    SharedCaches caches;

    @Test
    void eachCacheKeepsItsConfiguredExpiry() {
        assertEquals(Duration.ofMinutes(10), caches.ttl(ReadCache.POST_DETAIL));
        assertEquals(Duration.ofMinutes(1), caches.ttl(ReadCache.FEED));
        assertEquals(Duration.ofMinutes(10), caches.ttl(ReadCache.CATEGORIES));
        assertEquals(Duration.ofMinutes(10), caches.ttl(ReadCache.TAGS));
        assertEquals(Duration.ofMinutes(1), caches.ttl(ReadCache.STATS));
        assertEquals(Duration.ofSeconds(30), caches.ttl(ReadCache.SESSIONS));
    }
}
