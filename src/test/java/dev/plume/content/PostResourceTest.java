package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class PostResourceTest {

    static Map<String, Object> postBody(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("content", "A body long enough to be a post.");
        return body;
    }

    static String create(TestUser author, Map<String, Object> body) {
        return given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts").then().statusCode(201).extract().path("id");
    }

    @Test
    void createAnswersLocationIdAndSlugFromTheTitle() {
        TestUser author = Fixtures.user();
        String title = "Hello, Wörld! " + UUID.randomUUID().toString().substring(0, 6);
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(postBody(title))
                .post("/api/posts")
                .then().statusCode(201)
                .header("Location", containsString("/api/posts/hello-world-"))
                .body("id", notNullValue())
                .body("slug", equalTo(dev.plume.platform.slug.Slugs.of(title)));
    }

    @Test
    void theSameTitleTwiceGetsTwoSlugs() {
        TestUser author = Fixtures.user();
        String title = Fixtures.unique("Twice");
        Map<String, Object> body = postBody(title);
        String first = given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        String second = given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts").then().statusCode(201).extract().path("slug");
        assertNotEquals(first, second);
        assertEquals(first + "-2", second);
    }

    @Test
    void createNamesEveryBadField() {
        TestUser author = Fixtures.user();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "x".repeat(101));
        body.put("content", "short");
        body.put("excerpt", "e".repeat(301));
        body.put("tags", List.of("a", "b", "c", "d", "e", "f"));
        body.put("status", "ARCHIVED");
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("title", "content", "excerpt", "tags", "status"));
    }

    @Test
    void unknownCategoryAndTagsAreNamed() {
        TestUser author = Fixtures.user();
        Map<String, Object> body = postBody("Unknown things");
        body.put("categoryId", UUID.randomUUID().toString());
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts").then().statusCode(400).body("violations.field", hasItem("categoryId"));
        body.remove("categoryId");
        body.put("tags", List.of("no-such-tag-" + UUID.randomUUID()));
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts").then().statusCode(400).body("violations.field", hasItem("tags"));
        body.put("categoryId", "not-a-uuid");
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/posts").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anonymousCannotWrite() {
        given().contentType(ContentType.JSON).body(postBody("Anonymous")).post("/api/posts")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void detailFollowsTheContract() {
        TestUser author = Fixtures.user();
        String categorySlug = Fixtures.unique("cat");
        UUID categoryId = Fixtures.category(categorySlug);
        String zebra = Fixtures.unique("zebra");
        String apple = Fixtures.unique("Apple");
        Fixtures.tag(zebra);
        Fixtures.tag(apple);
        Map<String, Object> body = postBody(Fixtures.unique("Contract"));
        body.put("categoryId", categoryId.toString());
        body.put("tags", List.of(zebra, apple));
        body.put("status", "PUBLISHED");
        body.put("excerpt", "Short excerpt");
        String id = create(author, body);
        String slug = given().get("/api/posts?author=" + author.id()).then().extract().path("posts[0].slug");

        given().get("/api/posts/" + slug)
                .then().statusCode(200)
                .body("post.id", equalTo(id))
                .body("post.status", equalTo("PUBLISHED"))
                .body("post.excerpt", equalTo("Short excerpt"))
                .body("post.image", nullValue())
                .body("post.author.id", equalTo(author.id().toString()))
                .body("post.author.role", equalTo("USER"))
                .body("post.category.slug", equalTo(categorySlug))
                .body("post.category.description", nullValue())
                .body("post.tags.slug", contains(apple, zebra))
                .body("post.counts.comments", equalTo(0))
                .body("post.counts.likes", equalTo(0))
                .body("post.publishedAt", notNullValue());
    }

    @Test
    void draftsAreOnlyInMyPosts() {
        TestUser author = Fixtures.user();
        String id = create(author, postBody(Fixtures.unique("Draft")));
        String slug = given().header("Authorization", author.bearer()).get("/api/me/posts")
                .then().statusCode(200)
                .body("posts[0].id", equalTo(id))
                .body("posts[0].status", equalTo("DRAFT"))
                .body("posts[0].publishedAt", nullValue())
                .extract().path("posts[0].slug");
        given().get("/api/posts/" + slug).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/posts?author=" + author.id()).then().body("posts", emptyIterable());
        given().header("Authorization", author.bearer()).get("/api/me/posts?status=PUBLISHED")
                .then().body("posts", emptyIterable());
        given().header("Authorization", author.bearer()).get("/api/me/posts?status=NOPE")
                .then().statusCode(400).body("violations.field", hasItem("status"));
    }

    @Test
    void firstPublicationFixesPublishedAt() {
        TestUser author = Fixtures.user();
        String id = create(author, postBody(Fixtures.unique("Publish me")));
        given().header("Authorization", author.bearer()).post("/api/posts/" + id + "/publish").then().statusCode(200);
        Object first = Fixtures.column("select published_at from posts where id = ?", UUID.fromString(id)).getFirst();
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("status", "DRAFT"))
                .patch("/api/posts/" + id).then().statusCode(200);
        given().header("Authorization", author.bearer()).post("/api/posts/" + id + "/publish").then().statusCode(200);
        Object second = Fixtures.column("select published_at from posts where id = ?", UUID.fromString(id)).getFirst();
        assertEquals(first, second);
    }

    @Test
    void onlyTheAuthorOrAnAdminChangesAPost() {
        TestUser author = Fixtures.user();
        String id = create(author, postBody(Fixtures.unique("Owned")));
        TestUser stranger = Fixtures.user();
        TestUser moderator = Fixtures.user("MODERATOR");
        TestUser admin = Fixtures.user("ADMIN");
        Map<String, Object> change = Map.of("title", "Changed title");

        given().header("Authorization", stranger.bearer()).contentType(ContentType.JSON).body(change)
                .patch("/api/posts/" + id).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", moderator.bearer()).contentType(ContentType.JSON).body(change)
                .patch("/api/posts/" + id).then().statusCode(403);
        given().header("Authorization", stranger.bearer()).post("/api/posts/" + id + "/publish").then().statusCode(403);
        given().header("Authorization", stranger.bearer()).delete("/api/posts/" + id).then().statusCode(403);
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(change)
                .patch("/api/posts/" + id).then().statusCode(200);
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(Map.of("title", " "))
                .patch("/api/posts/" + id).then().statusCode(400).body("violations.field", hasItem("title"));
        assertEquals("Changed title", Fixtures.column("select title from posts where id = ?", UUID.fromString(id)).getFirst());
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON).body(change)
                .patch("/api/posts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void softDeleteHidesThePostFromEveryRead() {
        TestUser author = Fixtures.user();
        String word = SearchTest.word();
        Map<String, Object> body = postBody("Deleted " + word);
        body.put("status", "PUBLISHED");
        String id = create(author, body);
        String slug = given().get("/api/posts?author=" + author.id()).then().extract().path("posts[0].slug");
        given().get("/api/posts/search?q=" + word).then().body("posts.id", hasItem(id));

        given().header("Authorization", author.bearer()).delete("/api/posts/" + id).then().statusCode(204);

        given().get("/api/posts/" + slug).then().statusCode(404);
        given().get("/api/posts?author=" + author.id()).then().body("posts", emptyIterable());
        given().get("/api/posts?q=" + word).then().body("posts", emptyIterable());
        given().get("/api/posts/search?q=" + word).then().body("posts", emptyIterable());
        given().get("/api/posts/" + id + "/comments").then().statusCode(404);
        given().get("/api/users/" + author.id()).then().body("user.postCount", equalTo(0));
        given().header("Authorization", author.bearer()).get("/api/me/posts").then().body("posts.id", not(hasItem(id)));
        given().header("Authorization", author.bearer()).put("/api/posts/" + id + "/like").then().statusCode(404);
        given().header("Authorization", author.bearer()).delete("/api/posts/" + id).then().statusCode(404);
        given().post("/api/posts/" + id + "/views").then().statusCode(202);
    }

    @Test
    void viewsAreCountedByPostNeverByGet() {
        TestUser author = Fixtures.user();
        Fixtures.TestPost post = Fixtures.published(author, null, java.time.Instant.parse("2020-01-01T00:00:00Z"));
        given().get("/api/posts/" + post.slug()).then().statusCode(200);
        assertEquals(0, Fixtures.count("select views from posts where id = ?", post.id()));
        given().post("/api/posts/" + post.id() + "/views").then().statusCode(202).body("counted", equalTo(true));
        given().post("/api/posts/" + post.id() + "/views").then().statusCode(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> Fixtures.count("select views from posts where id = ?", post.id()) == 2);
    }

    @Test
    void feedFiltersByCategoryTagAuthorAndText() {
        TestUser author = Fixtures.user();
        String categorySlug = Fixtures.unique("filter-cat");
        UUID category = Fixtures.category(categorySlug);
        String tagSlug = Fixtures.unique("filter-tag");
        UUID tag = Fixtures.tag(tagSlug);
        java.time.Instant at = java.time.Instant.parse("2021-03-04T05:06:07.089Z");
        Fixtures.TestPost tagged = Fixtures.published(author, category, at);
        Fixtures.tagPost(tagged.id(), tag);
        Fixtures.TestPost untagged = Fixtures.published(author, category, at.minusSeconds(60));

        given().get("/api/posts?category=" + categorySlug).then().statusCode(200)
                .body("posts.id", contains(tagged.id().toString(), untagged.id().toString()))
                .body("posts[0].publishedAt", equalTo("2021-03-04T05:06:07.089Z"))
                .body("posts[0].category.slug", equalTo(categorySlug))
                .body("posts[0].author.name", equalTo(author.name()));
        given().get("/api/posts?tag=" + tagSlug).then().body("posts.id", contains(tagged.id().toString()));
        given().get("/api/posts?author=" + author.id()).then().body("posts.size()", equalTo(2));
        given().get("/api/posts?author=nope").then().statusCode(400).body("violations.field", hasItem("author"));
        given().get("/api/posts?category=" + Fixtures.unique("none")).then().body("posts", emptyIterable());
    }
}
