package dev.plume.content;

import dev.plume.identity.PasswordResetToken;
import dev.plume.identity.Session;
import dev.plume.identity.VerificationToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The queries of hot paths find their plan in Hibernate's query plan cache on every call after
 * the first. A query whose cache key never equals the previous call's adds an entry per request:
 * the cache fills with entries of one hash (slower lookups for every query) and evicts the
 * others' plans, so HQL is parsed again on every request. (Hibernate 7.3 builds such a key for a
 * native query given a basic result class, like {@code String.class}: such queries go through
 * {@code Rows.first} instead.) The feed does not go through Hibernate's queries
 * ({@code HotReads}).
 */
@QuarkusTest
@TestProfile(QueryPlanCacheTest.WithStatistics.class)
class QueryPlanCacheTest {

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true");
        }
    }

    @Inject
    SessionFactory sessions;

    @Inject
    PostReads reads;

    private long newPlansDuring(Runnable lookup) {
        lookup.run();
        Statistics statistics = sessions.getStatistics();
        long before = statistics.getQueryPlanCacheMissCount();
        for (int i = 0; i < 5; i++) {
            lookup.run();
        }
        return statistics.getQueryPlanCacheMissCount() - before;
    }

    @Test
    @Transactional
    void hotQueriesReuseTheirPlans() {
        UUID someId = UUID.randomUUID();
        assertAll(
                () -> assertEquals(0, newPlansDuring(() -> Post.visibleSlug(someId)), "Post.visibleSlug"),
                () -> assertEquals(0, newPlansDuring(() -> Post.slugsLike("some-slug")), "Post.slugsLike"),
                () -> assertEquals(0, newPlansDuring(() -> Comment.findOnVisiblePost(someId)), "Comment.findOnVisiblePost"),
                () -> assertEquals(0, newPlansDuring(() -> Session.liveViewerOf("no such token")), "Session.liveViewerOf"),
                () -> assertEquals(0, newPlansDuring(() -> Session.end(someId, someId)), "Session.end"),
                () -> assertEquals(0, newPlansDuring(() -> VerificationToken.takeLive("email:", "no such token")),
                        "VerificationToken.takeLive"),
                () -> assertEquals(0, newPlansDuring(() -> PasswordResetToken.use("no such token")), "PasswordResetToken.use"),
                () -> assertEquals(0, newPlansDuring(() -> reads.detail("no-such-post")), "PostReads.detail"),
                () -> assertEquals(0, newPlansDuring(() -> reads.search("performance", 20, false)), "PostReads.search"));
    }
}
