package dev.plume.content;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.WithoutCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every figure of /api/stats equals the same figure counted in SQL from the tables, written
 * out here rule by rule (not through the views the service reads), with deleted users, posts
 * and comments, drafts and likes of hidden posts in the data. Read without caches, so that what
 * the fixtures write straight into the database is what the service counts.
 */
@QuarkusTest
@TestProfile(WithoutCache.class)
class StatsTest {

    private static final String VISIBLE_POST = """
            p.status = 'PUBLISHED' and p.deleted_at is null
            and exists (select 1 from users a where a.id = p.author_id and a.deleted_at is null)""";

    @Test
    void everyFigureEqualsItsCountInTheDatabase() {
        seedTheKindsOfRowsStatsMustTellApart();
        JsonPath stats = given().get("/api/stats").then().statusCode(200).extract().jsonPath();

        assertEquals(Fixtures.count("select count(*) from users where deleted_at is null"), stats.getLong("totals.users"));
        assertEquals(Fixtures.count("""
                select count(*) from posts p join users a on a.id = p.author_id
                where p.deleted_at is null and a.deleted_at is null"""), stats.getLong("totals.posts"));
        assertEquals(Fixtures.count("select count(*) from posts p where " + VISIBLE_POST), stats.getLong("totals.publishedPosts"));
        assertEquals(Fixtures.count("""
                select count(*) from comments c join posts p on p.id = c.post_id join users a on a.id = c.author_id
                where c.deleted_at is null and a.deleted_at is null and""" + " " + VISIBLE_POST), stats.getLong("totals.comments"));
        assertEquals(Fixtures.count("select count(*) from likes l join posts p on p.id = l.post_id where " + VISIBLE_POST),
                stats.getLong("totals.likes"));
        assertEquals(Fixtures.count("select count(*) from categories"), stats.getLong("totals.categories"));
        assertEquals(Fixtures.count("select count(*) from tags"), stats.getLong("totals.tags"));

        List<Map<String, Object>> topAuthors = new ArrayList<>();
        for (Object id : Fixtures.column("""
                select p.author_id from posts p where""" + " " + VISIBLE_POST + """

                group by p.author_id order by count(*) desc, p.author_id limit 10""")) {
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("id", id.toString());
            author.put("publishedPosts", (int) Fixtures.count("select count(*) from posts p where p.author_id = ? and " + VISIBLE_POST, id));
            topAuthors.add(author);
        }
        List<Map<String, Object>> served = stats.getList("topAuthors");
        assertEquals(topAuthors, served.stream().map(a -> Map.of("id", a.get("id"), "publishedPosts", a.get("publishedPosts"))).toList());

        for (Map<String, Object> category : stats.<Map<String, Object>>getList("postsPerCategory")) {
            assertEquals(Fixtures.count("select count(*) from posts p where p.category_id = ?::uuid and " + VISIBLE_POST, category.get("id")),
                    ((Number) category.get("posts")).longValue(), String.valueOf(category.get("slug")));
        }
        assertEquals(Fixtures.count("select count(*) from categories"), stats.getList("postsPerCategory").size());
    }

    /** A deleted author with published posts, a deleted post, a draft, deleted comments and commenters, likes of hidden posts. */
    private static void seedTheKindsOfRowsStatsMustTellApart() {
        String slug = Fixtures.unique("stats-cat");
        var category = Fixtures.category(slug);
        TestUser prolific = Fixtures.user();
        TestUser deletedAuthor = Fixtures.user();
        TestUser deletedCommenter = Fixtures.user();
        List<TestPost> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            posts.add(Fixtures.published(prolific, category, Instant.parse("2022-09-09T00:00:00Z").plusSeconds(i)));
        }
        TestPost hidden = Fixtures.published(deletedAuthor, category, Instant.parse("2022-09-10T00:00:00Z"));
        Fixtures.post(prolific, category, "DRAFT", null, Fixtures.unique("Draft"), "Not counted as published.");
        for (TestPost post : List.of(posts.get(0), posts.get(1), hidden)) {
            Fixtures.execute("insert into comments (content, author_id, post_id) values ('seen', ?, ?)", prolific.id(), post.id());
            Fixtures.execute("insert into comments (content, author_id, post_id) values ('gone', ?, ?)", deletedCommenter.id(), post.id());
            Fixtures.execute("insert into comments (content, author_id, post_id, deleted_at) values ('deleted', ?, ?, now())",
                    prolific.id(), post.id());
            Fixtures.execute("insert into likes (user_id, post_id) values (?, ?)", deletedCommenter.id(), post.id());
        }
        Fixtures.execute("update posts set deleted_at = now() where id = ?", posts.get(11).id());
        Fixtures.execute("update users set deleted_at = now() where id in (?, ?)", deletedAuthor.id(), deletedCommenter.id());
    }
}
