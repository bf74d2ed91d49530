package dev.plume.platform;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class HttpCachingTest {

    @Test
    void publicReadsCarryAStrongEtagAndAnswer304WhenUnchanged() {
        TestUser reader = Fixtures.user();
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.parse("2023-01-01T00:00:00Z"));
        String etag = given().get("/api/posts/" + post.slug()).then().statusCode(200)
                .header("Cache-Control", containsString("s-maxage"))
                .header("Cache-Control", containsString("public"))
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[A-Za-z0-9_-]+\""))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/posts/" + post.slug()).then().statusCode(304)
                .body(emptyString());
        given().header("If-None-Match", "\"other\", " + etag).get("/api/posts/" + post.slug()).then().statusCode(304);

        given().header("Authorization", reader.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200)
                .header("ETag", nullValue());
        given().header("If-None-Match", etag).get("/api/posts/" + post.slug()).then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("post.counts.likes", equalTo(1));
    }

    @Test
    void headAnswersWhatGetWouldWithoutTheBody() {
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.parse("2023-01-02T00:00:00Z"));
        String etag = given().get("/api/posts/" + post.slug()).then().statusCode(200).extract().header("ETag");
        given().head("/api/posts/" + post.slug()).then().statusCode(200)
                .contentType("application/json")
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void answersToSignedInRequestsArePrivate() {
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).get("/api/me/posts").then().statusCode(200)
                .header("Cache-Control", containsString("private"));
    }

    @Test
    void errorsAreNotCached() {
        given().get("/api/posts/no-such-post").then().statusCode(404).header("ETag", nullValue());
    }
}
