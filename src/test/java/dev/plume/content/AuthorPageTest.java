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

/** The author page: a user as the public sees them, with their visible posts. */
@QuarkusTest
class AuthorPageTest {

    @Test
    void thePageShowsTheVisiblePostCountAndTheTenLatestPosts() {
        TestUser author = Fixtures.user();
        Instant base = Instant.parse("2022-08-01T00:00:00Z");
        Fixtures.TestPost newest = null;
        for (int i = 0; i < 12; i++) {
            newest = Fixtures.published(author, null, base.plusSeconds(i));
        }
        Fixtures.post(author, null, "DRAFT", null, "Draft", "Draft body text");
        given().get("/api/users/" + author.id()).then().statusCode(200)
                .body("user.name", equalTo(author.name()))
                .body("user.role", equalTo("USER"))
                .body("user.postCount", equalTo(12))
                .body("user.latestPosts.size()", equalTo(10))
                .body("user.latestPosts[0].id", equalTo(newest.id().toString()))
                .body("user.latestPosts[0].publishedAt", equalTo("2022-08-01T00:00:11.000Z"))
                .body("user.email", equalTo(null));
        given().get("/api/users/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
