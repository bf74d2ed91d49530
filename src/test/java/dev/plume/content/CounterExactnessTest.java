package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Together;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comment and like counters the database keeps stay equal to the real counts, under concurrency too. */
@QuarkusTest
class CounterExactnessTest {

    /** A post's comment count is its comments that are not deleted, by authors not deleted. */
    private static void assertCountersExact(UUID postId) {
        long comments = Fixtures.count("""
                select count(*) from comments c join users u on u.id = c.author_id
                where c.post_id = ? and c.deleted_at is null and u.deleted_at is null""", postId);
        long likes = Fixtures.count("select count(*) from likes where post_id = ?", postId);
        assertEquals(comments, Fixtures.count("select coalesce(sum(comments), 0) from post_counters where post_id = ?", postId));
        assertEquals(likes, Fixtures.count("select coalesce(sum(likes), 0) from post_counters where post_id = ?", postId));
    }

    @Test
    void concurrentLikesUnlikesCommentsAndDeletesKeepTheCountsExact() throws Exception {
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.parse("2022-11-11T00:00:00Z"));
        List<TestUser> users = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            users.add(Fixtures.user());
        }
        Together.run(24, i -> {
            TestUser user = users.get(i);
            boolean regrets = i % 3 == 0;
            return () -> {
                given().header("Authorization", user.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200);
                String comment = given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                        .body(Map.of("content", "Counting")).post("/api/posts/" + post.id() + "/comments")
                        .then().statusCode(201).extract().path("comment.id");
                if (regrets) {
                    given().header("Authorization", user.bearer()).delete("/api/posts/" + post.id() + "/like").then().statusCode(200);
                    given().header("Authorization", user.bearer()).delete("/api/comments/" + comment).then().statusCode(204);
                }
                return 0;
            };
        });
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

    @Test
    void deletingRestoringAndRemovingACommenterMovesTheCountsOfEveryPostTheyCommentedOn() {
        TestUser commenter = Fixtures.user();
        List<UUID> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestPost post = Fixtures.published(Fixtures.user(), null, Instant.parse("2022-11-13T00:00:00Z").plusSeconds(i));
            posts.add(post.id());
            Fixtures.execute("insert into comments (content, author_id, post_id) select 'mine', ?, ? from generate_series(1, ?)",
                    commenter.id(), post.id(), i + 1);
            Fixtures.execute("insert into comments (content, author_id, post_id) values ('theirs', ?, ?)", Fixtures.user().id(), post.id());
        }
        posts.forEach(CounterExactnessTest::assertCountersExact);
        Fixtures.execute("update users set deleted_at = now() where id = ?", commenter.id());
        posts.forEach(CounterExactnessTest::assertCountersExact);
        assertEquals(1, Fixtures.count("select comments from post_counters where post_id = ?", posts.get(2)));
        Fixtures.execute("update users set deleted_at = null where id = ?", commenter.id());
        posts.forEach(CounterExactnessTest::assertCountersExact);
        assertEquals(4, Fixtures.count("select comments from post_counters where post_id = ?", posts.get(2)));
        Fixtures.execute("delete from users where id = ?", commenter.id());
        posts.forEach(CounterExactnessTest::assertCountersExact);
        assertEquals(1, Fixtures.count("select comments from post_counters where post_id = ?", posts.get(2)));
    }
}
