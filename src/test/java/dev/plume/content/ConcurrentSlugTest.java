package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Together;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ConcurrentSlugTest {

    /** More writers of one title than the write retries any transaction (5): each still gets a slug of its own. */
    @Test
    void fortyConcurrentCreatesWithOneTitleGetDistinctSlugs() throws Exception {
        TestUser author = Fixtures.user();
        String title = Fixtures.unique("Race");
        int writers = 40;
        List<String> slugs = Together.run(writers, i -> () -> given().header("Authorization", author.bearer())
                .contentType(ContentType.JSON).body(Map.of("title", title, "content", "Racing to the same slug."))
                .post("/api/posts").then().statusCode(201).extract().path("slug"));
        assertEquals(writers, new HashSet<>(slugs).size());
        assertEquals(writers, Fixtures.count("select count(*) from posts where title = ?", title));
        assertEquals(writers, Fixtures.count("select count(distinct slug) from posts where title = ?", title));
    }
}
