package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Together;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LikeTest {

    private static TestPost visiblePost() {
        return Fixtures.published(Fixtures.user(), null, Instant.parse("2022-02-02T00:00:00Z"));
    }

    @Test
    void likingIsIdempotentAndAnswersTheCount() {
        TestPost post = visiblePost();
        TestUser user = Fixtures.user();
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", user.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200)
                    .body("postId", equalTo(post.id().toString()))
                    .body("liked", equalTo(true))
                    .body("likes", equalTo(1));
        }
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", user.bearer()).delete("/api/posts/" + post.id() + "/like").then().statusCode(200)
                    .body("liked", equalTo(false))
                    .body("likes", equalTo(0));
        }
    }

    @Test
    void fiftyUsersLikingAtOnceMakeFifty() throws Exception {
        TestPost post = visiblePost();
        List<TestUser> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            users.add(Fixtures.user());
        }
        assertAllOk(Together.run(50, i -> () -> given().header("Authorization", users.get(i).bearer())
                .put("/api/posts/" + post.id() + "/like").statusCode()));
        given().get("/api/posts/" + post.slug()).then().body("post.counts.likes", equalTo(50));
    }

    @Test
    void oneUserLikingTwiceAtOnceMakesOne() throws Exception {
        TestPost post = visiblePost();
        TestUser user = Fixtures.user();
        assertAllOk(Together.run(10, i -> () -> given().header("Authorization", user.bearer())
                .put("/api/posts/" + post.id() + "/like").statusCode()));
        assertEquals(1, Fixtures.count("select count(*) from likes where post_id = ?", post.id()));
    }

    @Test
    void onlyVisiblePostsCanBeLikedAndOnlyWithAToken() {
        TestUser user = Fixtures.user();
        TestPost draft = Fixtures.post(user, null, "DRAFT", null, "Draft", "Draft body text");
        given().header("Authorization", user.bearer()).put("/api/posts/" + draft.id() + "/like").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", user.bearer()).put("/api/posts/" + UUID.randomUUID() + "/like").then().statusCode(404);
        given().header("Authorization", user.bearer()).put("/api/posts/nope/like").then().statusCode(404);
        given().put("/api/posts/" + visiblePost().id() + "/like").then().statusCode(401);
        given().header("Authorization", "Bearer tok-unknown").put("/api/posts/" + visiblePost().id() + "/like").then().statusCode(401)
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void anExpiredSessionOrADeletedUserIs401() {
        TestPost post = visiblePost();
        TestUser expired = Fixtures.user();
        Fixtures.execute("update sessions set expires = now() - interval '1 second' where user_id = ?", expired.id());
        given().header("Authorization", expired.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(401);
        TestUser deleted = Fixtures.user();
        Fixtures.execute("update users set deleted_at = now() where id = ?", deleted.id());
        given().header("Authorization", deleted.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(401);
    }

    private static void assertAllOk(List<Integer> statuses) {
        assertEquals(List.of(200), statuses.stream().distinct().toList());
    }
}
