package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ConcurrentSlugTest {

    @Test
    void concurrentCreatesWithOneTitleGetDistinctSlugs() throws Exception {
        TestUser author = Fixtures.user();
        String title = Fixtures.unique("Race");
        int writers = 8;
        List<Callable<String>> creates = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            creates.add(() -> given().header("Authorization", author.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("title", title, "content", "Racing to the same slug."))
                    .post("/api/posts").then().statusCode(201).extract().path("slug"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        HashSet<String> slugs = new HashSet<>();
        try {
            for (Future<String> slug : pool.invokeAll(creates)) {
                slugs.add(slug.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(writers, slugs.size());
        assertEquals(writers, Fixtures.count("select count(*) from posts where title = ?", title));
    }
}
