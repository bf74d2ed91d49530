package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CategoryAndTagTest {

    @Test
    void adminsUpsertCategoriesByPut() {
        TestUser admin = Fixtures.user("ADMIN");
        String slug = Fixtures.unique("upsert");
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", slug + " One", "description", "First"))
                .put("/api/categories/" + slug).then().statusCode(201)
                .body("category.slug", equalTo(slug))
                .body("category.postCount", equalTo(0));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", slug + " Two", "description", "Second"))
                .put("/api/categories/" + slug).then().statusCode(200)
                .body("category.name", equalTo(slug + " Two"));
        given().get("/api/categories/" + slug).then().statusCode(200).body("category.description", equalTo("Second"));
        given().get("/api/categories").then().body("categories.slug", hasItem(slug));
    }

    @Test
    void categoriesCountOnlyPublishedPosts() {
        TestUser author = Fixtures.user();
        String slug = Fixtures.unique("counted");
        UUID category = Fixtures.category(slug);
        Fixtures.published(author, category, Instant.parse("2022-05-05T00:00:00Z"));
        Fixtures.post(author, category, "DRAFT", null, "Draft", "Draft body text");
        given().get("/api/categories/" + slug).then().body("category.postCount", equalTo(1));
    }

    @Test
    void onlyAdminsChangeCategories() {
        String slug = Fixtures.unique("guarded");
        Fixtures.category(slug);
        Map<String, String> body = Map.of("name", "Whatever " + slug);
        given().contentType(ContentType.JSON).body(body).put("/api/categories/" + slug).then().statusCode(401);
        given().header("Authorization", Fixtures.user().bearer()).contentType(ContentType.JSON).body(body)
                .put("/api/categories/" + slug).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Fixtures.user("MODERATOR").bearer()).delete("/api/categories/" + slug).then().statusCode(403);
        given().header("Authorization", Fixtures.user("SUPER_ADMIN").bearer()).contentType(ContentType.JSON).body(body)
                .patch("/api/categories/" + slug).then().statusCode(200);
    }

    @Test
    void patchRenamesAndDeleteKeepsThePosts() {
        TestUser admin = Fixtures.user("ADMIN");
        String slug = Fixtures.unique("rename");
        UUID category = Fixtures.category(slug);
        Fixtures.TestPost post = Fixtures.published(Fixtures.user(), category, Instant.parse("2022-06-06T00:00:00Z"));
        String renamed = Fixtures.unique("renamed");
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("slug", renamed))
                .patch("/api/categories/" + slug).then().statusCode(200).body("category.slug", equalTo(renamed));
        given().get("/api/categories/" + slug).then().statusCode(404);
        given().header("Authorization", admin.bearer()).delete("/api/categories/" + renamed).then().statusCode(204);
        given().get("/api/posts/" + post.slug()).then().statusCode(200).body("post.category", equalTo(null));
        given().header("Authorization", admin.bearer()).delete("/api/categories/" + renamed).then().statusCode(404);
    }

    @Test
    void categoryNamesAndSlugsAreUnique() {
        TestUser admin = Fixtures.user("ADMIN");
        String taken = Fixtures.unique("taken");
        Fixtures.category(taken);
        String other = Fixtures.unique("other");
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", taken + " name"))
                .put("/api/categories/" + other).then().statusCode(409).body("violations.field", hasItem("name"));
        Fixtures.category(other);
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("slug", taken))
                .patch("/api/categories/" + other).then().statusCode(409).body("violations.field", hasItem("slug"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", " "))
                .put("/api/categories/" + Fixtures.unique("blank")).then().statusCode(400).body("violations.field", hasItem("name"));
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("name", "Bad Slug"))
                .put("/api/categories/Bad%20Slug").then().statusCode(400).body("violations.field", hasItem("slug"));
    }

    @Test
    void moderatorsCreateTagsWithCounts() {
        String name = Fixtures.unique("Tag Name");
        given().header("Authorization", Fixtures.user().bearer()).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/tags").then().statusCode(403);
        String slug = given().header("Authorization", Fixtures.user("MODERATOR").bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", name)).post("/api/tags").then().statusCode(201)
                .body("tag.name", equalTo(name))
                .extract().path("tag.slug");
        given().header("Authorization", Fixtures.user("ADMIN").bearer()).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/tags").then().statusCode(409).body("violations.field", hasItem("name"));
        UUID tagId = UUID.fromString(Fixtures.column("select id from tags where slug = ?", slug).getFirst().toString());
        Fixtures.TestPost post = Fixtures.published(Fixtures.user(), null, Instant.parse("2022-07-07T00:00:00Z"));
        Fixtures.tagPost(post.id(), tagId);
        given().get("/api/tags").then().statusCode(200)
                .body("tags.find { it.slug == '" + slug + "' }.postCount", equalTo(1))
                .body("tags.slug", not(hasItem("")));
    }
}
