package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                .body("posts[0].rank", greaterThan(0.6f))
                .body("posts[1].rank", lessThan(0.4f))
                .body("posts[1].snippet", nullValue());
        given().get("/api/posts/search?snippets=true&q=" + word).then().statusCode(200)
                .body("posts.id", contains(inTitle.id().toString(), inBody.id().toString()))
                .body("posts[1].snippet", containsString("<mark>" + word + "</mark>"));
    }

    /** A snippet is rendered as HTML by clients: the only markup in it may be the marks. */
    @Test
    void snippetsEscapeThePostsMarkupAndMarkOnlyTheMatches() {
        String word = word();
        Fixtures.post(Fixtures.user(), null, "PUBLISHED", Instant.parse("2020-03-03T00:00:00Z"), "Markup",
                "Before <img src=x onerror=alert(1)> the " + word + " & <script>alert('x')</script> after \"quotes\".");
        String snippet = given().get("/api/posts/search?snippets=true&q=" + word).then().statusCode(200)
                .extract().path("posts[0].snippet");
        assertTrue(snippet.startsWith("Before &lt;img src=x onerror=alert(1)&gt; the <mark>" + word + "</mark> &amp; "
                + "&lt;script&gt;alert('x')&lt;/script&gt;"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), "no markup but the marks: " + snippet);
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

    /** The API's order and ranks equal ts_rank over every visible match, whichever index path serves the query. */
    @Test
    void resultsEqualTheReferenceRanking() {
        TestUser author = Fixtures.user();
        String word = word();
        String other = word();
        Instant at = Instant.parse("2021-05-05T00:00:00Z");
        Fixtures.post(author, null, "PUBLISHED", at, "Once " + word, "Plain body.");
        Fixtures.post(author, null, "PUBLISHED", at.plusSeconds(1), word + " twice " + word, "Plain body.");
        Fixtures.post(author, null, "PUBLISHED", at.plusSeconds(2), "Both " + word, "Body has " + word + " and " + other + ".");
        Fixtures.post(author, null, "PUBLISHED", at.plusSeconds(3), "Body only", word + " " + word + " " + word + " in the body.");
        Fixtures.post(author, null, "PUBLISHED", at, "Same time " + word, "Plain body.");
        Fixtures.post(author, null, "PUBLISHED", at.plusSeconds(4), "Other " + other, "Mentions " + word + " once.");
        Fixtures.post(author, null, "ARCHIVED", at.plusSeconds(5), "Archived " + word, "Not visible.");
        for (String q : new String[]{word, word + " " + other, word + " or " + other, "\"" + word + " twice\"", other}) {
            for (int limit : new int[]{2, 4, 20}) {
                List<Object> expected = Fixtures.column("""
                        select p.id::text || ' ' || round(ts_rank(p.search, websearch_to_tsquery('english', ?))::numeric, 5)
                        from posts p join users u on u.id = p.author_id
                        where p.search @@ websearch_to_tsquery('english', ?) and p.status = 'PUBLISHED'
                          and p.deleted_at is null and u.deleted_at is null
                        order by ts_rank(p.search, websearch_to_tsquery('english', ?)) desc, p.published_at desc, p.id desc
                        limit ?""", q, q, q, limit);
                io.restassured.path.json.JsonPath json = given().queryParam("q", q).queryParam("limit", limit)
                        .get("/api/posts/search").then().statusCode(200).extract().jsonPath();
                List<String> ids = json.getList("posts.id");
                List<Float> ranks = json.getList("posts.rank", Float.class);
                List<String> actual = new java.util.ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    actual.add(ids.get(i) + " " + new java.math.BigDecimal(Float.toString(ranks.get(i))).setScale(5, java.math.RoundingMode.HALF_UP));
                }
                org.junit.jupiter.api.Assertions.assertEquals(expected.stream().map(Object::toString).toList(), actual, "q=" + q + " limit=" + limit);
            }
        }
    }

    @Test
    void aChangedTitleIsReindexed() {
        TestUser author = Fixtures.user();
        String word = word();
        java.util.Map<String, Object> body = new java.util.HashMap<>(java.util.Map.of("title", "About " + word,
                "content", "Nothing in the body.", "status", "PUBLISHED"));
        String id = given().header("Authorization", author.bearer()).contentType(io.restassured.http.ContentType.JSON).body(body)
                .post("/api/posts").then().statusCode(201).extract().path("id");
        given().get("/api/posts/search?q=" + word).then().body("posts.id", contains(id));
        given().header("Authorization", author.bearer()).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("title", "About something else", "content", "Now the body names " + word + "."))
                .patch("/api/posts/" + id).then().statusCode(200);
        given().get("/api/posts/search?q=" + word).then().body("posts.id", contains(id)).body("posts[0].rank", lessThan(0.4f));
    }
}
