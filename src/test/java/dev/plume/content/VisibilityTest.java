package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public read agrees on what is visible: a post is visible when published, not deleted
 * and by an author not deleted; a comment when not deleted, by an author not deleted, on a
 * visible post. Deleted through the API (an author by an admin, a post by its author, a comment
 * by a moderator), each disappears from the feed (keyset and numbered, with every filter), the
 * detail, search, category and tag counts, stats, the author page, threads and replies; liking
 * or commenting answers 404. The caches are on: each delete must reach every cached read too.
 */
@QuarkusTest
class VisibilityTest {

    private final String word = "vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final TestUser admin = Fixtures.user("ADMIN");
    private final TestUser moderator = Fixtures.user("MODERATOR");
    private final TestUser reader = Fixtures.user();
    private final String categorySlug = Fixtures.unique("visible-cat");
    private String categoryId;
    private String tagSlug;

    @BeforeEach
    void categoryAndTag() {
        categoryId = given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", categorySlug))
                .put("/api/categories/" + categorySlug).then().statusCode(201).extract().path("category.id");
        tagSlug = given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("Visible Tag"))).post("/api/tags").then().statusCode(201).extract().path("tag.slug");
    }

    /** Written through the API, as an author would, so that every cached read hears of it. */
    private TestPost post(TestUser author, int number) {
        Map<String, Object> post = given().header("Authorization", author.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "Visible " + word + " " + number, "content", "Content about " + word + " number " + number + ".",
                        "categoryId", categoryId, "tags", List.of(tagSlug), "status", "PUBLISHED"))
                .post("/api/posts").then().statusCode(201).extract().as(Map.class);
        return new TestPost(UUID.fromString((String) post.get("id")), (String) post.get("slug"), null);
    }

    private UUID comment(TestUser author, TestPost post, UUID parent) {
        return UUID.fromString(given().header("Authorization", author.bearer()).contentType(ContentType.JSON)
                .body(parent == null ? Map.of("content", "A comment") : Map.of("content", "A reply", "parentId", parent.toString()))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(201).extract().path("comment.id"));
    }

    @Test
    void aDeletedAuthorsPostsLeaveEveryRead() {
        TestUser leaving = Fixtures.user();
        TestUser staying = Fixtures.user();
        TestPost gone = post(leaving, 1);
        TestPost kept = post(staying, 2);
        UUID thread = comment(reader, gone, null);
        comment(reader, gone, thread);
        readEverywhere(List.of(gone, kept), 2);

        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + leaving.id()).then().statusCode(200);
        readEverywhere(List.of(kept), 1);
        refusedEverywhere(gone, thread);
        given().get("/api/users/" + leaving.id()).then().statusCode(404);
        given().get("/api/users/" + staying.id()).then().statusCode(200).body("user.postCount", equalTo(1))
                .body("user.latestPosts.id", equalTo(List.of(kept.id().toString())));

        given().header("Authorization", admin.bearer()).post("/api/admin/users/" + leaving.id() + "/restore").then().statusCode(200);
        readEverywhere(List.of(gone, kept), 2);
    }

    @Test
    void aDeletedPostLeavesEveryRead() {
        TestUser author = Fixtures.user();
        TestPost gone = post(author, 3);
        TestPost kept = post(author, 4);
        UUID thread = comment(reader, gone, null);
        readEverywhere(List.of(gone, kept), 2);

        given().header("Authorization", author.bearer()).delete("/api/posts/" + gone.id()).then().statusCode(204);
        readEverywhere(List.of(kept), 1);
        refusedEverywhere(gone, thread);
        given().get("/api/users/" + author.id()).then().body("user.postCount", equalTo(1));
    }

    @Test
    void aDeletedCommentOrCommenterLeavesThreadsAndCountsButKeepsItsRepliesInPlace() {
        TestPost post = post(Fixtures.user(), 5);
        TestUser commenter = Fixtures.user();
        UUID deleted = comment(commenter, post, null);
        UUID reply = comment(reader, post, deleted);
        UUID byLeaver = comment(commenter, post, null);
        given().get("/api/posts/" + post.slug()).then().body("post.counts.comments", equalTo(3));

        given().header("Authorization", moderator.bearer()).delete("/api/comments/" + deleted).then().statusCode(204);
        JsonPath thread = given().get("/api/posts/" + post.id() + "/comments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(deleted.toString(), byLeaver.toString()), thread.getList("comments.id"));
        assertEquals(Boolean.TRUE, thread.get("comments[0].deleted"));
        assertNull(thread.get("comments[0].content"));
        assertNull(thread.get("comments[0].author"));
        assertEquals(1, thread.getInt("comments[0].replyCount"));
        given().get("/api/comments/" + deleted + "/replies").then().statusCode(200).body("comments.id", equalTo(List.of(reply.toString())));
        given().get("/api/comments/" + deleted).then().statusCode(404);
        given().get("/api/comments/" + reply).then().statusCode(200).body("comment.content", equalTo("A reply"));
        given().get("/api/posts/" + post.slug()).then().body("post.counts.comments", equalTo(2));
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON)
                .body(Map.of("content", "Too late", "parentId", deleted.toString()))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(400).body("violations[0].field", equalTo("parentId"));

        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + commenter.id()).then().statusCode(200);
        assertEquals(List.of(deleted.toString()), given().get("/api/posts/" + post.id() + "/comments").then().statusCode(200)
                .extract().jsonPath().getList("comments.id"));
        given().get("/api/comments/" + byLeaver).then().statusCode(404);
        given().get("/api/posts/" + post.slug()).then().body("post.counts.comments", equalTo(1));
        given().get("/api/posts?category=" + categorySlug).then().body("posts[0].counts.comments", equalTo(1));
        given().header("Authorization", moderator.bearer()).delete("/api/comments/" + byLeaver).then().statusCode(404);
    }

    /** The visible posts of this test, and no other, in every public read. */
    private void readEverywhere(List<TestPost> visible, int count) {
        Set<String> ids = visible.stream().map(p -> p.id().toString()).collect(java.util.stream.Collectors.toSet());
        for (String filter : List.of("category=" + categorySlug, "tag=" + tagSlug, "q=" + word)) {
            assertEquals(ids, idsIn(given().get("/api/posts?" + filter).then().statusCode(200).extract().jsonPath()), filter);
            JsonPath numbered = given().get("/api/posts?page=1&" + filter).then().statusCode(200).extract().jsonPath();
            assertEquals(ids, idsIn(numbered), filter);
            assertEquals(count, numbered.getInt("pagination.total"), filter);
        }
        assertEquals(ids, idsIn(given().get("/api/posts/search?q=" + word).then().statusCode(200).extract().jsonPath()));
        for (TestPost post : visible) {
            given().get("/api/posts?author=" + Fixtures.column("select author_id from posts where id = ?", post.id()).getFirst())
                    .then().statusCode(200).body("posts.id", org.hamcrest.Matchers.hasItem(post.id().toString()));
            given().get("/api/posts/" + post.slug()).then().statusCode(200);
            given().get("/api/posts/" + post.id() + "/comments").then().statusCode(200);
        }
        given().get("/api/categories/" + categorySlug).then().body("category.postCount", equalTo(count));
        given().get("/api/tags/" + tagSlug).then().body("tag.postCount", equalTo(count));
        JsonPath categories = given().get("/api/categories").then().extract().jsonPath();
        assertEquals(count, categories.getInt("categories.find { it.slug == '" + categorySlug + "' }.postCount"));
        JsonPath tags = given().get("/api/tags").then().extract().jsonPath();
        assertEquals(count, tags.getInt("tags.find { it.slug == '" + tagSlug + "' }.postCount"));
        JsonPath stats = given().get("/api/stats").then().extract().jsonPath();
        assertEquals(count, stats.getInt("postsPerCategory.find { it.slug == '" + categorySlug + "' }.posts"));
        assertEquals(Fixtures.count("select count(*) from visible_posts"), stats.getLong("totals.publishedPosts"));
    }

    private static Set<String> idsIn(JsonPath page) {
        return Set.copyOf(page.getList("posts.id"));
    }

    /** A post that is not visible: absent from reads, and nobody may like it, comment on it or read its threads. */
    private void refusedEverywhere(TestPost post, UUID comment) {
        given().get("/api/posts/" + post.slug()).then().statusCode(404);
        given().get("/api/posts/" + post.id() + "/comments").then().statusCode(404);
        given().get("/api/comments/" + comment + "/replies").then().statusCode(404);
        given().get("/api/comments/" + comment).then().statusCode(404);
        given().header("Authorization", reader.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(404);
        given().header("Authorization", reader.bearer()).delete("/api/posts/" + post.id() + "/like").then().statusCode(404);
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", "Hello?"))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(404);
        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON)
                .body(Map.of("content", "Hello?", "parentId", comment.toString()))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(404);
        assertTrue(given().get("/api/posts/search?q=" + word).then().extract().jsonPath().getList("posts.id")
                .stream().noneMatch(post.id().toString()::equals));
    }
}
