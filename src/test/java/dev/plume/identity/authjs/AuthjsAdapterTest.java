package dev.plume.identity.authjs;

import dev.plume.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The adapter API's guard and its Auth.js semantics, seen from HTTP. (The TypeScript
 * adapter's own test, run by AuthjsAdapterClientIT, walks every operation.)
 */
@QuarkusTest
class AuthjsAdapterTest {

    private static RequestSpecification adapter() {
        return given().header("X-Plume-Adapter-Secret", Fixtures.AUTHJS_SECRET).contentType(ContentType.JSON);
    }

    @Test
    void onlyTheSharedSecretOpensTheApi() {
        given().contentType(ContentType.JSON).body(Map.of("id", UUID.randomUUID().toString()))
                .post("/api/authjs/getUser").then().statusCode(401).contentType("application/problem+json");
        given().header("X-Plume-Adapter-Secret", Fixtures.AUTHJS_SECRET + "x").contentType(ContentType.JSON)
                .body(Map.of("id", UUID.randomUUID().toString()))
                .post("/api/authjs/getUser").then().statusCode(401);
        given().header("X-Plume-Adapter-Secret", "").contentType(ContentType.JSON)
                .body(Map.of("id", UUID.randomUUID().toString()))
                .post("/api/authjs/getUser").then().statusCode(401);
        adapter().body(Map.of("id", UUID.randomUUID().toString())).post("/api/authjs/getUser").then().statusCode(204);
    }

    @Test
    void aUserCreatedByAuthjsIsAPlumeUser() {
        String email = Fixtures.unique("authjs") + "@example.com";
        String id = adapter().body(Map.of("email", email, "name", "Via Auth.js", "emailVerified", "2026-01-02T03:04:05.678Z"))
                .post("/api/authjs/createUser").then().statusCode(200)
                .body("email", equalTo(email))
                .body("emailVerified", equalTo("2026-01-02T03:04:05.678Z"))
                .extract().path("id");
        given().get("/api/users/" + id).then().statusCode(200).body("user.name", equalTo("Via Auth.js"));
        adapter().body(Map.of("email", email.toUpperCase())).post("/api/authjs/createUser").then().statusCode(409)
                .body("violations.field", hasItem("email"));
    }

    @Test
    void sessionTokensAreStoredAsDigestsAndWorkAsBearerTokens() {
        String userId = adapter().body(Map.of("email", Fixtures.unique("authjs") + "@example.com"))
                .post("/api/authjs/createUser").then().statusCode(200).extract().path("id");
        String token = UUID.randomUUID().toString();
        adapter().body(Map.of("sessionToken", token, "userId", userId, "expires", "2099-01-01T00:00:00.000Z"))
                .post("/api/authjs/createSession").then().statusCode(200).body("sessionToken", equalTo(token));

        assertEquals(0, Fixtures.count("select count(*) from sessions where session_token = ?", token));
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200).body("id", equalTo(userId));
        adapter().body(Map.of("sessionToken", token)).post("/api/authjs/getSessionAndUser").then().statusCode(200)
                .body("session.userId", equalTo(userId)).body("user.id", equalTo(userId));
    }

    @Test
    void badInputIsNamed() {
        adapter().body(Map.of("email", "nope")).post("/api/authjs/createUser").then().statusCode(400)
                .body("violations.field", hasItem("email"));
        adapter().body(Map.of("sessionToken", "t", "userId", UUID.randomUUID().toString(), "expires", "tomorrow"))
                .post("/api/authjs/createSession").then().statusCode(400)
                .body("violations.field", hasItem("expires"));
        String userId = adapter().body(Map.of("email", Fixtures.unique("authjs") + "@example.com"))
                .post("/api/authjs/createUser").then().statusCode(200).extract().path("id");
        adapter().body(Map.of("id", userId, "emailVerified", 12))
                .post("/api/authjs/updateUser").then().statusCode(400)
                .body("violations.field", hasItem("emailVerified"));
        adapter().body(Map.of("id", UUID.randomUUID().toString(), "name", "Nobody"))
                .post("/api/authjs/updateUser").then().statusCode(404);
        adapter().body(Map.of("identifier", "a@example.com", "token", "t"))
                .post("/api/authjs/createVerificationToken").then().statusCode(400)
                .body("violations.field", hasItem("expires"));
        String identifier = Fixtures.unique("magic") + "@example.com";
        String token = Fixtures.unique("token");
        adapter().body(Map.of("identifier", identifier, "token", token, "expires", "2099-01-01T00:00:00Z"))
                .post("/api/authjs/createVerificationToken").then().statusCode(200)
                .body("expires", notNullValue());
        adapter().body(Map.of("identifier", identifier, "token", token, "expires", "2099-01-01T00:00:00Z"))
                .post("/api/authjs/createVerificationToken").then().statusCode(409)
                .body("violations.field", hasItem("token"));
    }
}
