package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.StatementCounter;
import dev.plume.support.WithoutCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint sends a fixed number of statements, whatever the page size: no N+1. The data
 * fans out as real data does (an author with a dozen posts of two tags each, every post liked
 * and commented on by many authors, comments with replies), and every list is counted at a
 * page of 1 and a page of 100, on its first page and on a cursor page, with each filter.
 * Counted with the read caches off (the database's view of a cache miss); an authenticated
 * request adds its session lookup, which the session cache saves when it is on.
 */
@QuarkusTest
@TestProfile(WithoutCache.class)
class StatementCountTest {

    private static final int SESSION_LOOKUP = 1;

    private static String category;
    private static String tag;
    private static TestUser author;
    private static TestUser reader;
    private static TestUser admin;
    private static TestPost post;
    private static UUID thread;

    private static synchronized void prepare() {
        if (category != null) {
            return;
        }
        category = Fixtures.unique("counted-cat");
        UUID categoryId = Fixtures.category(category);
        tag = Fixtures.unique("counted-tag");
        UUID tagId = Fixtures.tag(tag);
        UUID otherTag = Fixtures.tag(Fixtures.unique("counted-other"));
        author = Fixtures.user();
        reader = Fixtures.user();
        admin = Fixtures.user("ADMIN");
        List<TestUser> commenters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            commenters.add(Fixtures.user());
        }
        for (int i = 0; i < 12; i++) {
            post = Fixtures.post(author, categoryId, "PUBLISHED", Instant.parse("2022-10-10T00:00:00Z").plusSeconds(i),
                    "Counted fan out " + i, "Words to search for, post " + i + ".");
            Fixtures.tagPost(post.id(), tagId);
            Fixtures.tagPost(post.id(), otherTag);
            thread = null;
            for (TestUser commenter : commenters) {
                UUID comment = UUID.randomUUID();
                Fixtures.execute("insert into comments (id, content, author_id, post_id) values (?, 'c', ?, ?)", comment, commenter.id(), post.id());
                thread = thread == null ? comment : thread;
                // every commenter answers the post's first comment: a thread with many repliers
                Fixtures.execute("insert into comments (content, author_id, post_id, parent_id) values ('r', ?, ?, ?)",
                        commenter.id(), post.id(), thread);
                Fixtures.execute("insert into likes (user_id, post_id) values (?, ?)", commenter.id(), post.id());
            }
        }
        Fixtures.execute("insert into accounts (user_id, type, provider, provider_account_id) values (?, 'oauth', 'github', ?)",
                reader.id(), Fixtures.unique("gh"));
    }

    private static long statements(Runnable request) {
        prepare();
        request.run(); // warm: the first call on a connection may look up types
        return StatementCounter.during(request);
    }

    private static long get(Supplier<RequestSpecification> as, String path) {
        return statements(() -> as.get().get(path).then().statusCode(200));
    }

    private static Supplier<RequestSpecification> anonymous() {
        return RestAssured::given;
    }

    private static Supplier<RequestSpecification> as(TestUser user) {
        return () -> given().header("Authorization", user.bearer());
    }

    /**
     * The first page and the cursor page after it, at limit 1 and 100: each must send
     * {@code expected}; the page of 100 must hold at least {@code fanOut} items, or nothing fanned out.
     */
    private static void assertEveryPage(long expected, Supplier<RequestSpecification> as, String path, String listKey, int fanOut) {
        String separator = path.contains("?") ? "&" : "?";
        for (int limit : new int[]{1, 100}) {
            String first = path + separator + "limit=" + limit;
            assertEquals(expected, get(as, first), first);
            String cursor = as.get().get(path + separator + "limit=1").then().extract().path("pagination.nextCursor");
            if (cursor != null) {
                String next = first + "&cursor=" + cursor;
                assertEquals(expected, get(as, next), next);
            }
        }
        int items = as.get().get(path + separator + "limit=100").then().extract().jsonPath().getList(listKey).size();
        assertTrue(items >= fanOut, path + " answered " + items + " items, fewer than the " + fanOut + " the data holds");
    }

    @Test
    void theFeedIsOneStatementWithEveryFilterAndTwoForANumberedPage() {
        prepare();
        for (String filter : List.of("", "category=" + category, "tag=" + tag, "author=" + author.id(), "q=words")) {
            String path = "/api/posts" + (filter.isEmpty() ? "" : "?" + filter);
            assertEveryPage(1, anonymous(), path, "posts", 12);
            String numbered = path + (filter.isEmpty() ? "?" : "&") + "page=2&limit=5";
            assertEquals(2, get(anonymous(), numbered), numbered);
        }
    }

    @Test
    void detailSearchAndTheAuthorPageAreOneStatement() {
        prepare();
        assertEquals(1, get(anonymous(), "/api/posts/" + post.slug()));
        assertEquals(1, get(anonymous(), "/api/posts/search?q=words&limit=1"));
        assertEquals(1, get(anonymous(), "/api/posts/search?q=words&limit=100"));
        assertEquals(1, get(anonymous(), "/api/posts/search?q=counted+fan&snippets=true&limit=100"));
        assertEquals(1, get(anonymous(), "/api/users/" + author.id()));
        assertEquals(1, get(anonymous(), "/api/users/" + reader.id()));
    }

    @Test
    void threadsAndRepliesAreTwoStatements() {
        prepare();
        assertEveryPage(2, anonymous(), "/api/posts/" + post.id() + "/comments", "comments", 8);
        assertEveryPage(2, anonymous(), "/api/comments/" + thread + "/replies", "comments", 8);
        assertEquals(1, get(anonymous(), "/api/comments/" + thread));
    }

    @Test
    void listingsAndStatsAreOneStatement() {
        prepare();
        assertEquals(1, get(anonymous(), "/api/categories"));
        assertEquals(1, get(anonymous(), "/api/categories/" + category));
        assertEquals(1, get(anonymous(), "/api/tags"));
        assertEquals(1, get(anonymous(), "/api/tags/" + tag));
        assertEquals(1, get(anonymous(), "/api/stats"));
    }

    @Test
    void myReadsAreOneStatementAfterTheSessionLookup() {
        prepare();
        assertEveryPage(SESSION_LOOKUP + 1, as(author), "/api/me/posts", "posts", 12);
        assertEveryPage(SESSION_LOOKUP + 1, as(author), "/api/me/posts?status=PUBLISHED", "posts", 12);
        for (String path : List.of("/api/me", "/api/me/profile", "/api/me/accounts", "/api/me/sessions", "/api/auth/session")) {
            assertEquals(SESSION_LOOKUP + 1, get(as(reader), path), path);
        }
    }

    @Test
    void adminListsAreOneStatementAfterTheSessionLookup() {
        prepare();
        for (int limit : new int[]{1, 100}) {
            assertEquals(SESSION_LOOKUP + 1, get(as(admin), "/api/admin/users?limit=" + limit));
        }
        // a page with rows carries the total; a page past the last match counts apart (how many users
        // match depends on what other tests left in the database, so the pages are chosen to be sure)
        assertEquals(SESSION_LOOKUP + 1, get(as(admin), "/api/admin/users?deleted=all&q=user&limit=1&page=2"));
        assertEquals(SESSION_LOOKUP + 2, get(as(admin), "/api/admin/users?deleted=all&q=user&limit=100&page=100000"));
        assertEquals(SESSION_LOOKUP + 1, get(as(admin), "/api/admin/users/" + reader.id()));
    }

    @Test
    void writesSendAFixedFewStatements() {
        prepare();
        // the like and its count
        assertEquals(SESSION_LOOKUP + 2, statements(() -> as(reader).get().put("/api/posts/" + post.id() + "/like").then().statusCode(200)));
        assertEquals(SESSION_LOOKUP + 2, statements(() -> as(reader).get().delete("/api/posts/" + post.id() + "/like").then().statusCode(200)));
        // the post's visibility, the insert, the comment as written
        assertEquals(SESSION_LOOKUP + 3, statements(() -> as(reader).get().contentType(ContentType.JSON)
                .body(Map.of("content", "Counted")).post("/api/posts/" + post.id() + "/comments").then().statusCode(201)));
        // and the parent's visibility
        assertEquals(SESSION_LOOKUP + 4, statements(() -> as(reader).get().contentType(ContentType.JSON)
                .body(Map.of("content", "Counted reply", "parentId", thread.toString()))
                .post("/api/posts/" + post.id() + "/comments").then().statusCode(201)));
    }
}
