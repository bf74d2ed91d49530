package dev.plume.content;

import dev.plume.identity.SessionTokens;
import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cached reads never answer stale after a write through the API: for every write path, the
 * reads it changes are made once before it (so they are cached) and once after it. With the
 * caches in this instance's memory here, and in Redis in CacheInvalidationRedisTest.
 */
@QuarkusTest
class CacheInvalidationTest {

    private final TestUser admin = Fixtures.user("ADMIN");

    private String newCategory() {
        String slug = Fixtures.unique("cached-cat");
        return given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", slug))
                .put("/api/categories/" + slug).then().statusCode(201).extract().path("category.id");
    }

    private String newTag() {
        return given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", Fixtures.unique("Cached")))
                .post("/api/tags").then().statusCode(201).extract().path("tag.slug");
    }

    private static Map<String, Object> write(TestUser author, Map<String, Object> post) {
        return given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(post)
                .post("/api/posts").then().statusCode(201).extract().as(Map.class);
    }

    private static JsonPath read(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static long categoryCount(String categoryId) {
        return read("/api/categories").getLong("categories.find { it.id == '" + categoryId + "' }.postCount");
    }

    private static long tagCount(String slug) {
        return read("/api/tags").getLong("tags.find { it.slug == '" + slug + "' }.postCount");
    }

    private static long published() {
        return read("/api/stats").getLong("totals.publishedPosts");
    }

    @Test
    void writingPublishingChangingAndDeletingAPostShowAtOnce() {
        TestUser author = Fixtures.user();
        String category = newCategory();
        String other = newCategory();
        String tag = newTag();
        long before = published();
        read("/api/posts");
        assertEquals(0, categoryCount(category));
        assertEquals(0, tagCount(tag));

        Map<String, Object> post = write(author, Map.of("title", Fixtures.unique("Fresh"), "content", "Fresh off the press.",
                "categoryId", category, "tags", List.of(tag), "status", "PUBLISHED"));
        String id = (String) post.get("id");
        String slug = (String) post.get("slug");
        given().get("/api/posts").then().body("posts.id", hasItem(id));
        assertEquals(before + 1, published());
        assertEquals(1, categoryCount(category));
        assertEquals(1, tagCount(tag));

        read("/api/posts/" + slug);
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON)
                .body(Map.of("excerpt", "Now with an excerpt", "categoryId", other, "tags", List.of()))
                .patch("/api/posts/" + id).then().statusCode(200);
        given().get("/api/posts/" + slug).then().body("post.excerpt", equalTo("Now with an excerpt"))
                .body("post.category.id", equalTo(other)).body("post.tags", equalTo(List.of()));
        given().get("/api/posts").then().body("posts.find { it.id == '" + id + "' }.excerpt", equalTo("Now with an excerpt"));
        assertEquals(0, categoryCount(category));
        assertEquals(1, categoryCount(other));
        assertEquals(0, tagCount(tag));

        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("status", "DRAFT"))
                .patch("/api/posts/" + id).then().statusCode(200);
        given().get("/api/posts/" + slug).then().statusCode(404);
        given().get("/api/posts").then().body("posts.id", not(hasItem(id)));
        assertEquals(before, published());
        given().header("Authorization", author.bearer()).post("/api/posts/" + id + "/publish").then().statusCode(200);
        read("/api/posts/" + slug);
        given().get("/api/posts").then().body("posts.id", hasItem(id));
        assertEquals(1, categoryCount(other));

        given().header("Authorization", author.bearer()).delete("/api/posts/" + id).then().statusCode(204);
        given().get("/api/posts/" + slug).then().statusCode(404);
        given().get("/api/posts").then().body("posts.id", not(hasItem(id)));
        assertEquals(0, categoryCount(other));
        assertEquals(before, published());
    }

    @Test
    void likesAndCommentsShowAtOnceInTheDetailTheFeedAndStats() {
        TestUser reader = Fixtures.user();
        Map<String, Object> post = write(Fixtures.user(), Map.of("title", Fixtures.unique("Liked"), "content", "Liked and discussed.",
                "status", "PUBLISHED"));
        String id = (String) post.get("id");
        String detail = "/api/posts/" + post.get("slug");
        String feedItem = "posts.find { it.id == '" + id + "' }";
        long likes = read("/api/stats").getLong("totals.likes");
        long comments = read("/api/stats").getLong("totals.comments");
        read(detail);
        read("/api/posts");

        given().header("Authorization", reader.bearer()).put("/api/posts/" + id + "/like").then().statusCode(200);
        given().get(detail).then().body("post.counts.likes", equalTo(1));
        given().get("/api/posts").then().body(feedItem + ".counts.likes", equalTo(1));
        assertEquals(likes + 1, read("/api/stats").getLong("totals.likes"));

        given().header("Authorization", reader.bearer()).delete("/api/posts/" + id + "/like").then().statusCode(200);
        given().get(detail).then().body("post.counts.likes", equalTo(0));
        given().get("/api/posts").then().body(feedItem + ".counts.likes", equalTo(0));
        assertEquals(likes, read("/api/stats").getLong("totals.likes"));

        String comment = given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", "First"))
                .post("/api/posts/" + id + "/comments").then().statusCode(201).extract().path("comment.id");
        given().get(detail).then().body("post.counts.comments", equalTo(1));
        given().get("/api/posts").then().body(feedItem + ".counts.comments", equalTo(1));
        assertEquals(comments + 1, read("/api/stats").getLong("totals.comments"));

        given().header("Authorization", reader.bearer()).delete("/api/comments/" + comment).then().statusCode(204);
        given().get(detail).then().body("post.counts.comments", equalTo(0));
        given().get("/api/posts").then().body(feedItem + ".counts.comments", equalTo(0));
        assertEquals(comments, read("/api/stats").getLong("totals.comments"));
    }

    @Test
    void categoryAndTagWritesShowAtOnce() {
        String slug = Fixtures.unique("cached-cat");
        read("/api/categories");
        read("/api/tags");
        String category = given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", slug))
                .put("/api/categories/" + slug).then().statusCode(201).extract().path("category.id");
        given().get("/api/categories").then().body("categories.slug", hasItem(slug));
        Map<String, Object> post = write(Fixtures.user(), Map.of("title", Fixtures.unique("Filed"), "content", "Filed under a category.",
                "categoryId", category, "status", "PUBLISHED"));
        String detail = "/api/posts/" + post.get("slug");
        read(detail);
        read("/api/posts");

        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", slug + " renamed"))
                .put("/api/categories/" + slug).then().statusCode(200);
        given().get(detail).then().body("post.category.name", equalTo(slug + " renamed"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("slug", slug + "-moved"))
                .patch("/api/categories/" + slug).then().statusCode(200);
        given().get(detail).then().body("post.category.slug", equalTo(slug + "-moved"));
        given().get("/api/posts").then().body("posts.find { it.id == '" + post.get("id") + "' }.category.slug", equalTo(slug + "-moved"));
        given().get("/api/categories").then().body("categories.slug", hasItem(slug + "-moved"));
        given().header("Authorization", admin.bearer()).delete("/api/categories/" + slug + "-moved").then().statusCode(204);
        given().get(detail).then().body("post.category", nullValue());
        given().get("/api/categories").then().body("categories.slug", not(hasItem(slug + "-moved")));

        String tag = Fixtures.unique("Cached Tag");
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", tag))
                .post("/api/tags").then().statusCode(201);
        given().get("/api/tags").then().body("tags.name", hasItem(tag));
    }

    @Test
    void userChangesShowAtOnceInEveryReadThatShowsTheUser() {
        TestUser author = Fixtures.user();
        Map<String, Object> post = write(author, Map.of("title", Fixtures.unique("Authored"), "content", "By a changing author.",
                "status", "PUBLISHED"));
        String detail = "/api/posts/" + post.get("slug");
        String feedItem = "posts.find { it.id == '" + post.get("id") + "' }";
        read(detail);
        read("/api/posts");

        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("name", "Renamed Author"))
                .patch("/api/users/" + author.id()).then().statusCode(200);
        given().get(detail).then().body("post.author.name", equalTo("Renamed Author"));
        given().get("/api/posts").then().body(feedItem + ".author.name", equalTo("Renamed Author"));
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("name", "Renamed Again"))
                .patch("/api/me").then().statusCode(200);
        given().get(detail).then().body("post.author.name", equalTo("Renamed Again"));

        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("role", "MODERATOR"))
                .put("/api/admin/users/" + author.id() + "/role").then().statusCode(200);
        given().get(detail).then().body("post.author.role", equalTo("MODERATOR"));

        long published = published();
        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + author.id()).then().statusCode(200);
        given().get(detail).then().statusCode(404);
        given().get("/api/posts").then().body("posts.id", not(hasItem(post.get("id"))));
        assertEquals(published - 1, published());
        given().header("Authorization", admin.bearer()).post("/api/admin/users/" + author.id() + "/restore").then().statusCode(200);
        read(detail);
        assertEquals(published, published());
    }

    @Test
    void everyWayOfEndingASessionOrChangingItsUserTakesEffectAtOnce() {
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);
        given().header("Authorization", user.bearer()).post("/api/auth/logout").then().statusCode(204);
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(401);

        TestUser revoked = Fixtures.user();
        String other = given().header("Authorization", revoked.bearer()).get("/api/me/sessions").then().statusCode(200)
                .extract().path("data[0].id");
        TestUser sameUser = new TestUser(revoked.id(), revoked.email(), revoked.name(), secondSession(revoked));
        given().header("Authorization", revoked.bearer()).get("/api/me").then().statusCode(200);
        given().header("Authorization", sameUser.bearer()).delete("/api/me/sessions/" + other).then().statusCode(204);
        given().header("Authorization", revoked.bearer()).get("/api/me").then().statusCode(401);

        TestUser everywhere = Fixtures.user();
        TestUser elsewhere = new TestUser(everywhere.id(), everywhere.email(), everywhere.name(), secondSession(everywhere));
        given().header("Authorization", everywhere.bearer()).get("/api/me").then().statusCode(200);
        given().header("Authorization", elsewhere.bearer()).delete("/api/me/sessions").then().statusCode(204);
        given().header("Authorization", everywhere.bearer()).get("/api/me").then().statusCode(401);

        TestUser demoted = Fixtures.user("ADMIN");
        given().header("Authorization", demoted.bearer()).get("/api/admin/users").then().statusCode(200);
        TestUser superAdmin = Fixtures.user("SUPER_ADMIN");
        given().header("Authorization", superAdmin.bearer()).contentType(ContentType.JSON).body(Map.of("role", "USER"))
                .put("/api/admin/users/" + demoted.id() + "/role").then().statusCode(200);
        given().header("Authorization", demoted.bearer()).get("/api/admin/users").then().statusCode(403);

        TestUser removed = Fixtures.user();
        given().header("Authorization", removed.bearer()).get("/api/me").then().statusCode(200);
        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + removed.id()).then().statusCode(200);
        given().header("Authorization", removed.bearer()).get("/api/me").then().statusCode(401);
    }

    /** Another live session of the user's, with a token the test knows. */
    static String secondSession(TestUser user) {
        String token = "second-" + Fixtures.unique("token");
        Fixtures.execute("insert into sessions (session_token, user_id, expires) values (?, ?, now() + interval '1 day')",
                SessionTokens.hash(token), user.id());
        return token;
    }
}
