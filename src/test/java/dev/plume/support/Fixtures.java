package dev.plume.support;

import dev.plume.identity.Passwords;
import dev.plume.identity.SessionTokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data written straight into the test database, as the benchmark data set does:
 * users with a live session (bearer token known to the test), categories, tags, posts.
 * Every name is unique, so tests never see each other's data through their filters.
 */
public final class Fixtures {

    /** The Auth.js adapter secret the application under test is given. */
    public static final String AUTHJS_SECRET = "test-adapter-secret";

    private Fixtures() {
    }

    public record TestUser(UUID id, String email, String name, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    public record TestPost(UUID id, String slug, Instant publishedAt) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static TestUser user(String role) {
        UUID id = UUID.randomUUID();
        String email = unique("user") + "@test.example";
        String name = unique("Tester");
        String token = "test-token-" + UUID.randomUUID();
        execute("insert into users (id, email, name, role) values (?, ?, ?, cast(? as user_role))", id, email, name, role);
        execute("insert into sessions (session_token, user_id, expires) values (?, ?, now() + interval '30 days')",
                SessionTokens.hash(token), id);
        return new TestUser(id, email, name, token);
    }

    /** bcrypt hashes cost a quarter second each: one per password for the whole run. */
    public static String passwordHash(String password) {
        return PASSWORD_HASHES.computeIfAbsent(password, Passwords::hash);
    }

    private static final java.util.Map<String, String> PASSWORD_HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    public static TestUser user() {
        return user("USER");
    }

    public static UUID category(String slug) {
        UUID id = UUID.randomUUID();
        execute("insert into categories (id, name, slug) values (?, ?, ?)", id, slug + " name", slug);
        return id;
    }

    public static UUID tag(String slug) {
        UUID id = UUID.randomUUID();
        execute("insert into tags (id, name, slug) values (?, ?, ?)", id, slug + " name", slug);
        return id;
    }

    public static TestPost post(TestUser author, UUID categoryId, String status, Instant publishedAt, String title, String content) {
        UUID id = UUID.randomUUID();
        String slug = unique("post");
        execute("""
                insert into posts (id, title, slug, content, status, published_at, author_id, category_id)
                values (?, ?, ?, ?, cast(? as post_status), ?, ?, ?)""",
                id, title, slug, content, status, publishedAt == null ? null : Timestamp.from(publishedAt), author.id(), categoryId);
        return new TestPost(id, slug, publishedAt);
    }

    public static TestPost published(TestUser author, UUID categoryId, Instant publishedAt) {
        return post(author, categoryId, "PUBLISHED", publishedAt, unique("Title"), "Some content of the post.");
    }

    public static void tagPost(UUID postId, UUID tagId) {
        execute("insert into post_tags (post_id, tag_id) values (?, ?)", postId, tagId);
    }

    public static void execute(String sql, Object... params) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Object> column(String sql, Object... params) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return ((Number) column(sql, params).getFirst()).longValue();
    }

    public static Connection connection() throws SQLException {
        TestDatabase.Direct direct = TestDatabase.direct();
        return DriverManager.getConnection(direct.jdbcUrl(), direct.user(), direct.password());
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
