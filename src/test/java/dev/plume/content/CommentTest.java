package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CommentTest {

    private static TestPost visiblePost() {
        return Fixtures.published(Fixtures.user(), null, Instant.parse("2022-01-01T00:00:00Z"));
    }

    private static String comment(TestUser user, UUID postId, String content, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("content", content);
        body.put("parentId", parentId);
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts/" + postId + "/comments").then().statusCode(201).extract().path("comment.id");
    }

    @Test
    void aCommentIsStoredTrimmedAndAnsweredInTheContractShape() {
        TestPost post = visiblePost();
        TestUser reader = Fixtures.user();
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON)
                .body(Map.of("content", "  Great write-up, thanks!  "))
                .post("/api/posts/" + post.id() + "/comments")
                .then().statusCode(201)
                .body("comment.content", equalTo("Great write-up, thanks!"))
                .body("comment.parentId", nullValue())
                .body("comment.postId", equalTo(post.id().toString()))
                .body("comment.createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"))
                .body("comment.author.id", equalTo(reader.id().toString()))
                .body("comment.author.name", equalTo(reader.name()));
        given().get("/api/posts/" + post.slug()).then().body("post.counts.comments", equalTo(1));
    }

    @Test
    void checksComeInContractOrder() {
        TestPost post = visiblePost();
        TestUser reader = Fixtures.user();
        Map<String, Object> empty = Map.of("content", "   ");
        given().header("Authorization", "Bearer nope").contentType(ContentType.JSON).body(empty)
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(401);
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(empty)
                .post("/api/posts/" + UUID.randomUUID() + "/comments").then().statusCode(400)
                .body("violations.field", hasItem("content"));
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", "ok"))
                .post("/api/posts/" + UUID.randomUUID() + "/comments").then().statusCode(404);
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", "ok"))
                .post("/api/posts/not-a-uuid/comments").then().statusCode(404);
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", "x".repeat(10_001)))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(400);
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", 42))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(400);
        given().header("Authorization", reader.bearer()).contentType(ContentType.TEXT).body("hello")
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(415);
    }

    @Test
    void threadsCountRepliesAndKeepDeletedParentsInPlace() {
        TestPost post = visiblePost();
        TestUser alice = Fixtures.user();
        TestUser bob = Fixtures.user();
        String parent = comment(alice, post.id(), "First!", null);
        String lonely = comment(bob, post.id(), "Nobody answers me", null);
        String reply = comment(bob, post.id(), "A reply", parent);
        comment(alice, post.id(), "Another reply", parent);

        given().get("/api/posts/" + post.id() + "/comments").then().statusCode(200)
                .body("comments.id", contains(parent, lonely))
                .body("comments[0].replyCount", equalTo(2))
                .body("comments[1].replyCount", equalTo(0));
        given().get("/api/comments/" + parent + "/replies").then().statusCode(200)
                .body("comments[0].id", equalTo(reply))
                .body("comments[0].parentId", equalTo(parent))
                .body("comments.size()", equalTo(2));

        given().header("Authorization", alice.bearer()).delete("/api/comments/" + parent).then().statusCode(204);
        given().header("Authorization", bob.bearer()).delete("/api/comments/" + lonely).then().statusCode(204);

        given().get("/api/posts/" + post.id() + "/comments").then()
                .body("comments.id", contains(parent))
                .body("comments[0].deleted", equalTo(true))
                .body("comments[0].content", nullValue())
                .body("comments[0].author", nullValue())
                .body("comments[0].replyCount", equalTo(2));
        given().get("/api/posts/" + post.slug()).then().body("post.counts.comments", equalTo(2));
    }

    @Test
    void theAuthorEditsAndModeratorsDelete() {
        TestPost post = visiblePost();
        TestUser author = Fixtures.user();
        TestUser other = Fixtures.user();
        TestUser moderator = Fixtures.user("MODERATOR");
        String id = comment(author, post.id(), "Tpyo", null);

        given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(Map.of("content", "Hijack"))
                .patch("/api/comments/" + id).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("content", "Typo "))
                .patch("/api/comments/" + id).then().statusCode(200).body("comment.content", equalTo("Typo"));
        given().header("Authorization", other.bearer()).delete("/api/comments/" + id).then().statusCode(403);
        given().header("Authorization", moderator.bearer()).delete("/api/comments/" + id).then().statusCode(204);
        given().get("/api/posts/" + post.id() + "/comments").then().body("comments.id", not(hasItem(id)));
        given().header("Authorization", author.bearer()).delete("/api/comments/" + id).then().statusCode(404);
    }

    @Test
    void aReplyMustAnswerACommentOfTheSamePost() {
        TestPost post = visiblePost();
        TestPost otherPost = visiblePost();
        TestUser user = Fixtures.user();
        String elsewhere = comment(user, otherPost.id(), "Elsewhere", null);
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("content", "Reply", "parentId", elsewhere))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(400)
                .body("violations.field", hasItem("parentId"));
    }

    @Test
    void commentPagesWalkWithCursors() {
        TestPost post = visiblePost();
        TestUser user = Fixtures.user();
        for (int i = 0; i < 5; i++) {
            comment(user, post.id(), "Comment " + i, null);
        }
        String cursor = given().get("/api/posts/" + post.id() + "/comments?limit=3").then()
                .body("comments.size()", equalTo(3))
                .body("pagination.hasMore", equalTo(true))
                .extract().path("pagination.nextCursor");
        given().get("/api/posts/" + post.id() + "/comments?limit=3&cursor=" + cursor).then()
                .body("comments.content", contains("Comment 3", "Comment 4"))
                .body("pagination.hasMore", equalTo(false));
        given().get("/api/posts/" + post.id() + "/comments?cursor=bad").then().statusCode(400);
    }
}
