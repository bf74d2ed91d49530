package dev.plume.platform;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.PackagedApplication;
import dev.plume.support.RedisServer;
import dev.plume.support.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.File;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged application sharing one Redis (REDIS_URL): a write through one
 * is never answered stale by the other, for every kind of cached read. Needs Debian's
 * redis-server (.ci/run installs it); without it this class is reported as skipped, with why.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedCacheIT {

    private static RedisServer redis;
    private static Instance first;
    private static Instance second;

    @BeforeAll
    static void startRedisAndTwoInstances() throws Exception {
        redis = RedisServer.startOrSkip();
        String keyPrefix = "plume-test-" + UUID.randomUUID() + ":";
        first = Instance.start(redis.url(), keyPrefix, true);
        second = Instance.start(redis.url(), keyPrefix, false);
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        for (Instance instance : new Instance[]{first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    @Order(1)
    void likesAndCommentsOnOneInstanceShowAtOnceOnTheOther() {
        TestUser reader = Fixtures.user();
        // newer than any other post, so it heads the first feed page
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.now().plusSeconds(7200));
        for (Instance instance : new Instance[]{first, second}) {
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
    @Order(3)
    void aSessionEndedOnOneInstanceIsRefusedByTheOther() {
        TestUser user = Fixtures.user();
        second.api().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);
        first.api().header("Authorization", user.bearer()).post("/api/auth/logout").then().statusCode(204);
        second.api().header("Authorization", user.bearer()).get("/api/me").then().statusCode(401);
    }

    @Test
    @Order(4)
    void withoutRedisReadsGoToTheDatabase() throws InterruptedException {
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.now());
        redis.close();
        first.api().get("/api/posts/" + post.slug()).then().statusCode(200).body("post.id", equalTo(post.id().toString()));
        TestUser user = Fixtures.user();
        second.api().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200)
                .body("id", equalTo(user.id().toString()));
    }

    private record Instance(Process process, int port, File log) {

        static Instance start(String redisUrl, String keyPrefix, boolean migrate) throws Exception {
            int port = RedisServer.freePort();
            File log = Files.createTempFile("plume-instance", ".log").toFile();
            ProcessBuilder builder = new ProcessBuilder(PackagedApplication.command("serve")).redirectErrorStream(true)
                    .redirectOutput(log);
            TestDatabase.Direct database = TestDatabase.direct();
            Map<String, String> env = builder.environment();
            env.remove("DATABASE_URL");
            env.remove("DIRECT_URL");
            env.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", database.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                    "QUARKUS_FLYWAY_MIGRATE_AT_START", String.valueOf(migrate),
                    "QUARKUS_HTTP_PORT", String.valueOf(port),
                    "QUARKUS_MAILER_MOCK", "true",
                    "REDIS_URL", redisUrl,
                    "REDIS_KEY_PREFIX", keyPrefix));
            Instance instance = new Instance(builder.start(), port, log);
            instance.awaitReady();
            return instance;
        }

        RequestSpecification api() {
            return given().baseUri("http://127.0.0.1").port(port);
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                assertTrue(process.isAlive(), "the instance exited:\n" + Files.readString(log.toPath()));
                try {
                    if (api().get("/q/health/ready").statusCode() == 200) {
                        return;
                    }
                } catch (Exception notListeningYet) {
                    // the port opens a moment after the process starts
                }
                Thread.sleep(200);
            }
            throw new AssertionError("the instance was not ready in 90 s:\n" + Files.readString(log.toPath()));
        }

        void stop() {
            process.destroy();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
