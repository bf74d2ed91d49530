package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.StatementCounter;
import dev.plume.support.WithoutCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint sends a fixed number of statements, whatever the page size (no N+1). Counted
 * with the read caches off, the database's view of a cache miss.
 */
@QuarkusTest
@TestProfile(WithoutCache.class)
class StatementCountTest {

    private static String slug;
    private static TestPost post;
    private static TestUser reader;

    private static synchronized void prepare() {
        if (slug != null) {
            return;
        }
        slug = Fixtures.unique("counted-feed");
        UUID category = Fixtures.category(slug);
        UUID tag = Fixtures.tag(Fixtures.unique("counted-tag"));
        TestUser author = Fixtures.user();
        reader = Fixtures.user();
        for (int i = 0; i < 60; i++) {
            post = Fixtures.published(author, category, Instant.parse("2022-10-10T00:00:00Z").plusSeconds(i));
            Fixtures.tagPost(post.id(), tag);
            Fixtures.execute("insert into comments (content, author_id, post_id) values ('c', ?, ?)", reader.id(), post.id());
            Fixtures.execute("insert into likes (user_id, post_id) values (?, ?)", reader.id(), post.id());
        }
    }

    private static long statements(Runnable request) {
        prepare();
        request.run(); // warm: the first call may load metadata
        return StatementCounter.during(request);
    }

    @Test
    void theFeedIsOneStatementWhateverThePageSize() {
        assertEquals(1, statements(() -> given().get("/api/posts?category=" + slug + "&limit=2").then().statusCode(200)));
        assertEquals(1, statements(() -> given().get("/api/posts?category=" + slug + "&limit=50").then().statusCode(200)));
        assertEquals(1, statements(() -> given().get("/api/posts?limit=100").then().statusCode(200)));
        assertEquals(2, statements(() -> given().get("/api/posts?category=" + slug + "&limit=50&page=2").then().statusCode(200)));
    }

    @Test
    void detailAndSearchAreOneStatement() {
        assertEquals(1, statements(() -> given().get("/api/posts/" + post.slug()).then().statusCode(200)));
        assertEquals(1, statements(() -> given().get("/api/posts/search?q=content&limit=50").then().statusCode(200)));
    }

    @Test
    void commentsListsAreTwoStatements() {
        assertEquals(2, statements(() -> given().get("/api/posts/" + post.id() + "/comments?limit=1").then().statusCode(200)));
        assertEquals(2, statements(() -> given().get("/api/posts/" + post.id() + "/comments?limit=100").then().statusCode(200)));
    }

    @Test
    void writesStayWithinThreeStatements() {
        assertEquals(3, statements(() -> given().header("Authorization", reader.bearer()).put("/api/posts/" + post.id() + "/like")
                .then().statusCode(200)));
        assertEquals(3, statements(() -> given().header("Authorization", reader.bearer()).contentType(ContentType.JSON)
                .body(Map.of("content", "Counted")).post("/api/posts/" + post.id() + "/comments").then().statusCode(201)));
    }

    @Test
    void listingsAreOneStatement() {
        assertEquals(1, statements(() -> given().get("/api/categories").then().statusCode(200)));
        assertEquals(1, statements(() -> given().get("/api/tags").then().statusCode(200)));
        assertEquals(1, statements(() -> given().get("/api/users/" + reader.id()).then().statusCode(200)));
        assertEquals(3, statements(() -> given().get("/api/stats").then().statusCode(200)));
        assertEquals(2, statements(() -> given().header("Authorization", reader.bearer()).get("/api/me/posts?limit=100")
                .then().statusCode(200)));
    }
}
