package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FeedPaginationTest {

    /** A category of n published posts, several sharing each publishedAt; answers their ids in feed order. */
    private static List<String> categoryOf(String slug, int n) {
        TestUser author = Fixtures.user();
        UUID category = Fixtures.category(slug);
        List<Fixtures.TestPost> posts = new ArrayList<>();
        Instant base = Instant.parse("2023-06-01T12:00:00.123Z");
        for (int i = 0; i < n; i++) {
            posts.add(Fixtures.published(author, category, base.minusSeconds(60L * (i / 3))));
        }
        Fixtures.post(author, category, "DRAFT", null, "draft", "not in the feed");
        return posts.stream()
                .sorted(Comparator.comparing(Fixtures.TestPost::publishedAt).reversed()
                        .thenComparing(p -> p.id().toString(), Comparator.reverseOrder()))
                .map(p -> p.id().toString()).toList();
    }

    private static List<String> walk(String slug, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 100; page++) {
            JsonPath json = given().get("/api/posts?category=" + slug + "&limit=" + limit + "&cursor=" + cursor)
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(json.getList("posts.id"));
            boolean hasMore = json.getBoolean("pagination.hasMore");
            cursor = json.getString("pagination.nextCursor");
            assertEquals(hasMore, cursor != null);
            if (!hasMore) {
                return seen;
            }
        }
        throw new AssertionError("the walk did not end");
    }

    @Test
    void walkingPagesThroughTiesSeesEveryPostOnceInOrder() {
        String slug = Fixtures.unique("walk");
        List<String> expected = categoryOf(slug, 10);
        assertEquals(expected, walk(slug, 4));
        assertEquals(expected, walk(slug, 3));
        assertEquals(expected, walk(slug, 1));
    }

    @Test
    void anExactMultipleOfTheLimitEndsWithoutAnEmptyPage() {
        String slug = Fixtures.unique("exact");
        List<String> expected = categoryOf(slug, 6);
        String cursor = given().get("/api/posts?category=" + slug + "&limit=3")
                .then().body("pagination.hasMore", equalTo(true)).extract().path("pagination.nextCursor");
        given().get("/api/posts?category=" + slug + "&limit=3&cursor=" + cursor)
                .then().statusCode(200)
                .body("posts.size()", equalTo(3))
                .body("posts[2].id", equalTo(expected.get(5)))
                .body("pagination.hasMore", equalTo(false))
                .body("pagination.nextCursor", nullValue());
    }

    @Test
    void anEmptyFeedIsAnEmptyPage() {
        given().get("/api/posts?category=" + Fixtures.unique("empty")).then().statusCode(200)
                .body("posts", emptyIterable())
                .body("pagination.hasMore", equalTo(false))
                .body("pagination.nextCursor", nullValue());
    }

    @Test
    void cursorsAreUrlSafe() {
        String slug = Fixtures.unique("urlsafe");
        categoryOf(slug, 3);
        given().get("/api/posts?category=" + slug + "&limit=1").then()
                .body("pagination.nextCursor", matchesPattern("[A-Za-z0-9_.~-]+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "Zm9vYmFy", "MjAyNC0xMi0wMVQyMjozNzowMC4wMDBafG5vdC1hLXV1aWQ", "%%%"})
    void aCursorTheServerDidNotMakeIs400(String cursor) {
        given().urlEncodingEnabled(cursor.equals("%%%")).get("/api/posts?cursor=" + cursor).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "", "00"})
    void aBadLimitIs400(String limit) {
        given().queryParam("limit", limit).get("/api/posts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("limit"));
    }

    @Test
    void limitIsServedAtMostAsOneHundred() {
        String slug = Fixtures.unique("many");
        categoryOf(slug, 105);
        given().get("/api/posts?category=" + slug + "&limit=100000000000").then().statusCode(200)
                .body("posts.size()", equalTo(100));
        given().get("/api/posts?category=" + slug).then().body("posts.size()", equalTo(20));
        given().get("/api/posts?category=" + slug + "&limit=007").then().statusCode(200).body("posts.size()", equalTo(7));
    }

    @Test
    void numberedPagesCountTheWholeFeed() {
        String slug = Fixtures.unique("offset");
        List<String> expected = categoryOf(slug, 7);
        given().get("/api/posts?category=" + slug + "&limit=3&page=1").then().statusCode(200)
                .body("posts.id", equalTo(expected.subList(0, 3)))
                .body("pagination.page", equalTo(1))
                .body("pagination.limit", equalTo(3))
                .body("pagination.total", equalTo(7))
                .body("pagination.pages", equalTo(3))
                .body("pagination.hasNext", equalTo(true))
                .body("pagination.hasPrev", equalTo(false));
        given().get("/api/posts?category=" + slug + "&limit=3&page=3").then()
                .body("posts.id", equalTo(expected.subList(6, 7)))
                .body("pagination.hasNext", equalTo(false))
                .body("pagination.hasPrev", equalTo(true));
        given().get("/api/posts?category=" + slug + "&limit=3&page=4").then().statusCode(200)
                .body("posts", emptyIterable())
                .body("pagination.total", equalTo(7));
        given().get("/api/posts?page=0").then().statusCode(400).body("violations.field", hasItem("page"));
    }
}
