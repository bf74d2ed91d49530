package dev.plume.identity;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A change made elsewhere (another instance, the CLI, SQL by hand: here, straight in the
 * database) reaches this instance's cached sessions within a second, through the database's
 * eviction notices, where the cache alone would keep them for 30 s.
 */
@QuarkusTest
class SessionEvictionNoticesTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String LISTENER = "plume-eviction-notices";

    @Test
    void aRoleChangedElsewhereAppliesHereWithinASecond() throws SQLException {
        TestUser admin = Fixtures.user("ADMIN");
        given().header("Authorization", admin.bearer()).get("/api/admin/users").then().statusCode(200);

        // a change the triggers do not see: the cached session keeps the old role, as it would for 30 s
        withoutTriggers("update users set role = 'USER' where id = ?", admin.id());
        given().header("Authorization", admin.bearer()).get("/api/admin/users").then().statusCode(200);

        Fixtures.execute("update users set role = 'MODERATOR' where id = ?", admin.id());
        refusedWithinASecond(admin, "/api/admin/users", 403);
    }

    @Test
    void aSessionDeletedElsewhereIsRefusedHereWithinASecond() {
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);

        Fixtures.execute("delete from sessions where session_token = ?", SessionTokens.hash(user.token()));
        refusedWithinASecond(user, "/api/me", 401);
    }

    @Test
    void aUserDeletedElsewhereIsRefusedHereWithinASecond() {
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);

        Fixtures.execute("update users set deleted_at = now() where id = ?", user.id());
        refusedWithinASecond(user, "/api/me", 401);
    }

    @Test
    void afterLosingItsConnectionTheInstanceHearsEvictionsAgain() {
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);
        List<Object> before = listeners();
        assertFalse(before.isEmpty(), "a connection listens to eviction notices while the instance serves HTTP");

        Fixtures.column("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?", LISTENER);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            List<Object> now = listeners();
            return !now.isEmpty() && now.stream().noneMatch(before::contains);
        });
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);

        Fixtures.execute("delete from sessions where session_token = ?", SessionTokens.hash(user.token()));
        refusedWithinASecond(user, "/api/me", 401);
    }

    private static void refusedWithinASecond(TestUser user, String path, int status) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", user.bearer()).get(path).then().statusCode(status));
    }

    private static List<Object> listeners() {
        return Fixtures.column("select pid from pg_stat_activity where application_name = ?", LISTENER);
    }

    private static void withoutTriggers(String sql, UUID id) throws SQLException {
        try (Connection c = Fixtures.connection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setObject(1, id);
                update.executeUpdate();
            }
        }
    }
}
