package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StatsTest {

    @Test
    void totalsMatchTheDatabaseAndTopAuthorsAreRanked() {
        TestUser prolific = Fixtures.user();
        for (int i = 0; i < 30; i++) {
            Fixtures.published(prolific, null, Instant.parse("2022-09-09T00:00:00Z").plusSeconds(i));
        }
        // one post through the API, as an author would write it: the write that makes cached stats stale
        given().header("Authorization", prolific.bearer()).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("title", "Thirty-first", "content", "The thirty-first post.", "status", "PUBLISHED"))
                .post("/api/posts").then().statusCode(201);
        JsonPath stats = given().get("/api/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(Fixtures.count("select count(*) from posts where deleted_at is null"), stats.getLong("totals.posts"));
        assertEquals(Fixtures.count("select count(*) from likes"), stats.getLong("totals.likes"));
        assertEquals(Fixtures.count("select count(*) from categories"), stats.getLong("totals.categories"));
        List<Integer> counts = stats.getList("topAuthors.publishedPosts");
        assertTrue(counts.size() <= 10);
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i));
        }
        assertTrue(stats.getList("topAuthors.id").contains(prolific.id().toString()));
    }
}
