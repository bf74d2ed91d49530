package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class SearchTest {

    static String word() {
        StringBuilder word = new StringBuilder("qz");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        TestUser author = Fixtures.user();
        String word = word();
        Instant older = Instant.parse("2020-01-01T00:00:00Z");
        Fixtures.TestPost inBody = Fixtures.post(author, null, "PUBLISHED", older.plusSeconds(3600), "Plain title",
                "This body mentions " + word + " once.");
        Fixtures.TestPost inTitle = Fixtures.post(author, null, "PUBLISHED", older, "All about " + word,
                "This body says nothing more.");
        Fixtures.post(author, null, "DRAFT", null, "Draft on " + word, "Drafts are not found " + word);

        given().get("/api/posts/search?q=" + word).then().statusCode(200)
                .body("posts.id", contains(inTitle.id().toString(), inBody.id().toString()))
                .body("posts[0].rank", greaterThan(0f))
                .body("posts[1].snippet", containsString("<mark>" + word + "</mark>"));
    }

    @Test
    void theFeedTakesTheSameTextFilter() {
        TestUser author = Fixtures.user();
        String word = word();
        Fixtures.TestPost match = Fixtures.post(author, null, "PUBLISHED", Instant.parse("2020-02-02T00:00:00Z"),
                "Feed " + word, "Body text here.");
        given().get("/api/posts?q=" + word).then().body("posts.id", contains(match.id().toString()));
    }

    @Test
    void anEmptyQueryIs400AndStopWordsFindNothing() {
        given().get("/api/posts/search").then().statusCode(400).body("violations.field", hasItem("q"));
        given().queryParam("q", "  ").get("/api/posts/search").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/posts/search?q=the").then().statusCode(200).body("posts", emptyIterable());
        given().get("/api/posts/search?q=" + word() + "&limit=0").then().statusCode(400);
    }

    @Test
    void searchHonoursTheLimit() {
        TestUser author = Fixtures.user();
        String word = word();
        for (int i = 0; i < 4; i++) {
            Fixtures.post(author, null, "PUBLISHED", Instant.parse("2020-03-03T00:00:00Z").plusSeconds(i), word + " " + i, "Body.");
        }
        given().get("/api/posts/search?q=" + word + "&limit=3").then().body("posts.size()", equalTo(3));
    }
}
