package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comment and like counters the database keeps stay equal to the real counts, under concurrency too. */
@QuarkusTest
class CounterExactnessTest {

    private static void assertCountersExact(UUID postId) {
        long comments = Fixtures.count("select count(*) from comments where post_id = ? and deleted_at is null", postId);
        long likes = Fixtures.count("select count(*) from likes where post_id = ?", postId);
        assertEquals(comments, Fixtures.count("select coalesce(sum(comments), 0) from post_counters where post_id = ?", postId));
        assertEquals(likes, Fixtures.count("select coalesce(sum(likes), 0) from post_counters where post_id = ?", postId));
    }

    @Test
    void concurrentLikesUnlikesCommentsAndDeletesKeepTheCountsExact() throws Exception {
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.parse("2022-11-11T00:00:00Z"));
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            TestUser user = Fixtures.user();
            boolean regrets = i % 3 == 0;
            work.add(() -> {
                given().header("Authorization", user.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200);
                String comment = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                        .body(Map.of("content", "Counting")).post("/api/posts/" + post.id() + "/comments")
                        .then().statusCode(201).extract().path("comment.id");
                if (regrets) {
                    given().header("Authorization", user.bearer()).delete("/api/posts/" + post.id() + "/like").then().statusCode(200);
                    given().header("Authorization", user.bearer()).delete("/api/comments/" + comment).then().statusCode(204);
                }
                return 0;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (Future<Integer> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertCountersExact(post.id());
        given().get("/api/posts/" + post.slug()).then()
                .body("post.counts.likes", org.hamcrest.Matchers.equalTo(16))
                .body("post.counts.comments", org.hamcrest.Matchers.equalTo(16));
    }

    @Test
    void bulkWritesAndHardDeletesKeepTheCountsExact() {
        TestUser user = Fixtures.user();
        TestPost post = Fixtures.published(user, null, Instant.parse("2022-11-12T00:00:00Z"));
        Fixtures.execute("""
                insert into comments (content, author_id, post_id, deleted_at)
                select 'bulk', ?, ?, case when g % 4 = 0 then now() end from generate_series(1, 40) g""", user.id(), post.id());
        assertCountersExact(post.id());
        Fixtures.execute("update comments set deleted_at = now() where post_id = ? and deleted_at is null and content = 'bulk'", post.id());
        assertCountersExact(post.id());
        Fixtures.execute("update comments set deleted_at = null where post_id = ?", post.id());
        assertCountersExact(post.id());
        Fixtures.execute("delete from comments where post_id = ?", post.id());
        assertCountersExact(post.id());
        Fixtures.execute("insert into comments (content, author_id, post_id) values ('again', ?, ?)", user.id(), post.id());
        Fixtures.execute("delete from posts where id = ?", post.id());
        assertEquals(0, Fixtures.count("select count(*) from post_counters where post_id = ?", post.id()));
    }
}
