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
        assertEquals(Duration.ofMinutes(10), caches.ttl("post-detail"));
        assertEquals(Duration.ofMinutes(1), caches.ttl("feed-first-page"));
        assertEquals(Duration.ofMinutes(10), caches.ttl("categories"));
        assertEquals(Duration.ofMinutes(10), caches.ttl("tags"));
        assertEquals(Duration.ofMinutes(1), caches.ttl("stats"));
        assertEquals(Duration.ofSeconds(30), caches.ttl("sessions"));
    }
}
