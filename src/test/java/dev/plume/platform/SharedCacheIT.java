package dev.plume.platform;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.PackagedInstance;
import dev.plume.support.TwoInstances;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Two instances of the packaged application sharing one Redis (REDIS_URL): a write through one
 * is never answered stale by the other, for every kind of cached read. Needs Debian's
 * redis-server (.ci/run installs it); without it this class is reported as skipped, with why.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedCacheIT {

    private static TwoInstances instances;
    private static PackagedInstance first;
    private static PackagedInstance second;

    @BeforeAll
    static void startRedisAndTwoInstances() throws Exception {
        instances = TwoInstances.start(Map.of());
        first = instances.first();
        second = instances.second();
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    @Order(1)
    void likesAndCommentsOnOneInstanceShowAtOnceOnTheOther() {
        TestUser reader = Fixtures.user();
        // newer than any other post, so it heads the first feed page
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.now().plusSeconds(7200));
        for (PackagedInstance instance : new PackagedInstance[]{first, second}) {
            instance.api().get("/api/posts/" + post.slug()).then().statusCode(200).body("post.counts.likes", equalTo(0));
            instance.api().get("/api/posts?limit=1").then().body("posts[0].id", equalTo(post.id().toString()))
                    .body("posts[0].counts.likes", equalTo(0));
        }

        first.api().header("Authorization", reader.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200);
        second.api().get("/api/posts/" + post.slug()).then().body("post.counts.likes", equalTo(1));
        second.api().get("/api/posts?limit=1").then().body("posts[0].counts.likes", equalTo(1));

        second.api().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", "Seen everywhere"))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(201);
        first.api().get("/api/posts/" + post.slug()).then().body("post.counts.comments", equalTo(1));
        first.api().get("/api/posts?limit=1").then().body("posts[0].counts.comments", equalTo(1));
    }

    @Test
    @Order(2)
    void aNewCategoryShowsOnTheOtherInstance() {
        TestUser admin = Fixtures.user("ADMIN");
        second.api().get("/api/categories").then().statusCode(200);
        String slug = Fixtures.unique("shared-cat");
        first.api().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", slug))
                .put("/api/categories/" + slug).then().statusCode(201);
        second.api().get("/api/categories").then().body("categories.slug", hasItem(slug));
    }

    @Test
    @Order(4)
    void withoutRedisReadsGoToTheDatabase() throws InterruptedException {
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.now());
        instances.redis().close();
        first.api().get("/api/posts/" + post.slug()).then().statusCode(200).body("post.id", equalTo(post.id().toString()));
        TestUser user = Fixtures.user();
        second.api().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200)
                .body("id", equalTo(user.id().toString()));
    }
}
