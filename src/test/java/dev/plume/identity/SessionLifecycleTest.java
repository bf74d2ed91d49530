package dev.plume.identity;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions: list, revoke, sign out everywhere, sliding renewal, and deleted users. */
@QuarkusTest
class SessionLifecycleTest {

    static String signIn(String email, String password, String userAgent) {
        return given().contentType(ContentType.JSON).header("User-Agent", userAgent)
                .body(Map.of("email", email, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
    }

    static String registered() {
        String email = Fixtures.unique("sessions") + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "long enough secret", "name", "Sam"))
                .post("/api/auth/register").then().statusCode(201);
        return email;
    }

    @Test
    void iSeeMySessionsAndRevokeOneOfThem() {
        String email = registered();
        String laptop = signIn(email, "long enough secret", "Laptop/1.0");
        String phone = signIn(email, "long enough secret", "Phone/2.0");

        given().header("Authorization", "Bearer " + laptop).get("/api/me/sessions").then().statusCode(200)
                .body("data", hasSize(2))
                .body("data.find { it.current }.userAgent", equalTo("Laptop/1.0"))
                .body("data.find { !it.current }.userAgent", equalTo("Phone/2.0"));
        String phoneSession = given().header("Authorization", "Bearer " + laptop).get("/api/me/sessions")
                .then().extract().path("data.find { !it.current }.id");

        given().header("Authorization", "Bearer " + laptop).delete("/api/me/sessions/" + phoneSession).then().statusCode(204);

        given().header("Authorization", "Bearer " + phone).get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + laptop).get("/api/me").then().statusCode(200);
    }

    @Test
    void nobodyRevokesAnotherUsersSession() {
        TestUser owner = Fixtures.user();
        TestUser other = Fixtures.user();
        String ownerSession = given().header("Authorization", owner.bearer()).get("/api/me/sessions")
                .then().statusCode(200).extract().path("data[0].id");

        given().header("Authorization", other.bearer()).delete("/api/me/sessions/" + ownerSession).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", owner.bearer()).get("/api/me").then().statusCode(200);
    }

    @Test
    void signingOutEverywhereEndsEverySession() {
        String email = registered();
        String first = signIn(email, "long enough secret", "A");
        String second = signIn(email, "long enough secret", "B");

        given().header("Authorization", "Bearer " + first).delete("/api/me/sessions").then().statusCode(204);

        given().header("Authorization", "Bearer " + first).get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + second).get("/api/me").then().statusCode(401);
    }

    @Test
    void aSessionUsedAfterItsUpdateAgeIsRenewedForTheFullMaxAge() {
        TestUser user = Fixtures.user();
        // as if the session had last been renewed two days ago (update-age is one day)
        Fixtures.execute("update sessions set expires = now() + interval '28 days' where user_id = ?", user.id());

        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);

        Instant expires = ((Timestamp) Fixtures.column("select expires from sessions where user_id = ?", user.id()).getFirst()).toInstant();
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(29).plusHours(23))), "renewed to 30 days: " + expires);
    }

    @Test
    void aSessionUsedWithinItsUpdateAgeKeepsItsEnd() {
        TestUser user = Fixtures.user();
        Fixtures.execute("update sessions set expires = now() + interval '29 days 12 hours' where user_id = ?", user.id());

        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);

        Instant expires = ((Timestamp) Fixtures.column("select expires from sessions where user_id = ?", user.id()).getFirst()).toInstant();
        assertTrue(expires.isBefore(Instant.now().plus(Duration.ofDays(29).plusHours(13))), "not renewed: " + expires);
    }

    @Test
    void anExpiredSessionIsRefused() {
        TestUser user = Fixtures.user();
        Fixtures.execute("update sessions set expires = now() - interval '1 second' where user_id = ?", user.id());
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aSoftDeletedUsersSessionsStopAtOnce() {
        TestUser user = Fixtures.user();
        TestUser admin = Fixtures.user("ADMIN");
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);

        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + user.id()).then().statusCode(200);

        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(401);
    }

    @Test
    void anUnknownSessionIdIs404() {
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).delete("/api/me/sessions/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", user.bearer()).delete("/api/me/sessions/not-a-uuid").then().statusCode(404);
    }
}
