package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Cached reads never answer stale after a write through the API (one instance). */
@QuarkusTest
class CacheInvalidationTest {

    private static TestPost newestPost(TestUser author) {
        // newer than anything else the tests write, so it heads the first feed page
        return Fixtures.published(author, null, Instant.now().plusSeconds(3600));
    }

    @Test
    void likesAndCommentsShowAtOnceInACachedDetailAndFeed() {
        TestUser reader = Fixtures.user();
        TestPost post = newestPost(Fixtures.user());
        given().get("/api/posts/" + post.slug()).then().body("post.counts.likes", equalTo(0));
        given().get("/api/posts?limit=1").then().body("posts[0].counts.likes", equalTo(0));

        given().header("Authorization", reader.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200);
        given().get("/api/posts/" + post.slug()).then().body("post.counts.likes", equalTo(1));
        given().get("/api/posts?limit=1").then().body("posts[0].id", equalTo(post.id().toString()))
                .body("posts[0].counts.likes", equalTo(1));

        given().header("Authorization", reader.bearer()).contentType(ContentType.JSON).body(Map.of("content", "First"))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(201);
        given().get("/api/posts/" + post.slug()).then().body("post.counts.comments", equalTo(1));
        given().get("/api/posts?limit=1").then().body("posts[0].counts.comments", equalTo(1));
    }

    @Test
    void postWritesShowAtOnce() {
        TestUser author = Fixtures.user();
        given().get("/api/posts?limit=5").then().statusCode(200);
        String id = given().header("Authorization", author.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", Fixtures.unique("Fresh"), "content", "Fresh off the press."))
                .post("/api/posts").then().statusCode(201).extract().path("id");
        given().header("Authorization", author.bearer()).post("/api/posts/" + id + "/publish").then().statusCode(200);
        Fixtures.execute("update posts set published_at = now() + interval '2 hours' where id = ?::uuid", id);
        // a direct SQL write is invisible to the cache; an API write on the post invalidates it
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("excerpt", "Now with an excerpt"))
                .patch("/api/posts/" + id).then().statusCode(200);
        given().get("/api/posts?limit=5").then().body("posts[0].id", equalTo(id))
                .body("posts[0].excerpt", equalTo("Now with an excerpt"));
        String slug = given().get("/api/posts?limit=1").then().extract().path("posts[0].slug");
        given().get("/api/posts/" + slug).then().statusCode(200);
        given().header("Authorization", author.bearer()).delete("/api/posts/" + id).then().statusCode(204);
        given().get("/api/posts/" + slug).then().statusCode(404);
        given().get("/api/posts?limit=5").then().body("posts.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void categoriesTagsAndNamesShowAtOnce() {
        TestUser admin = Fixtures.user("ADMIN");
        given().get("/api/categories").then().statusCode(200);
        given().get("/api/tags").then().statusCode(200);
        String slug = Fixtures.unique("cached-cat");
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", slug))
                .put("/api/categories/" + slug).then().statusCode(201);
        given().get("/api/categories").then().body("categories.slug", hasItem(slug));
        String tag = Fixtures.unique("Cached Tag");
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", tag))
                .post("/api/tags").then().statusCode(201);
        given().get("/api/tags").then().body("tags.name", hasItem(tag));

        TestUser author = Fixtures.user();
        TestPost post = newestPost(author);
        given().get("/api/posts/" + post.slug()).then().body("post.author.name", equalTo(author.name()));
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("name", "Renamed Author"))
                .patch("/api/users/" + author.id()).then().statusCode(200);
        given().get("/api/posts/" + post.slug()).then().body("post.author.name", equalTo("Renamed Author"));
        given().get("/api/posts?limit=1").then().body("posts[0].author.name", equalTo("Renamed Author"));
    }

    @Test
    void logoutEndsACachedSession() {
        String email = Fixtures.unique("cached") + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "long enough secret", "name", "Cached"))
                .post("/api/auth/register").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "long enough secret"))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/auth/session").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).post("/api/auth/logout").then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/auth/session").then().statusCode(401);
    }
}
