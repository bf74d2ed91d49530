package dev.plume.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuthResourceTest {

    private static String newEmail() {
        return "reader-" + UUID.randomUUID() + "@example.com";
    }

    private static void register(String email, String password) {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "name", "Ada Reader"))
                .post("/api/auth/register")
                .then().statusCode(201);
    }

    private static String login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login")
                .then().statusCode(200).extract().path("token");
    }

    @Test
    void registerAnswersTheAccountWithoutItsPassword() {
        String email = newEmail();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "long enough secret", "name", "Ada Reader"))
                .post("/api/auth/register")
                .then().statusCode(201)
                .header("Location", containsString("/api/users/"))
                .body("user.email", equalTo(email))
                .body("user.role", equalTo("USER"))
                .body("user.id", notNullValue())
                .body("user.passwordHash", equalTo(null))
                .body("user.createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    }

    @Test
    void anEmailRegistersOnceWhateverItsLetterCase() {
        String email = newEmail();
        register(email, "long enough secret");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email.toUpperCase(), "password", "another secret", "name", "Twin"))
                .post("/api/auth/register")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("violations.field", hasItem("email"));
    }

    @Test
    void registerNamesEveryBadField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "password", "short", "name", " "))
                .post("/api/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("violations.field", hasItems("email", "password", "name"));
    }

    @Test
    void loginOpensASessionThatLogoutEnds() {
        String email = newEmail();
        register(email, "long enough secret");
        String token = login(email.toUpperCase(), "long enough secret");

        given().header("Authorization", "Bearer " + token).get("/api/auth/session")
                .then().statusCode(200)
                .body("user.email", equalTo(email))
                .body("expires", notNullValue());
        given().header("Authorization", "bearer   " + token + "  ").get("/api/auth/session")
                .then().statusCode(200);

        given().header("Authorization", "Bearer " + token).post("/api/auth/logout").then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/auth/session")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = newEmail();
        register(email, "long enough secret");
        String wrongPassword = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "wrong secret!"))
                .post("/api/auth/login").then().statusCode(401).extract().path("detail");
        String unknownEmail = given().contentType(ContentType.JSON).body(Map.of("email", newEmail(), "password", "wrong secret!"))
                .post("/api/auth/login").then().statusCode(401).extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(wrongPassword, unknownEmail);
    }

    @Test
    void theStoredTokenIsAHashNotTheToken() {
        String email = newEmail();
        register(email, "long enough secret");
        String token = login(email, "long enough secret");
        given().header("Authorization", "Bearer " + SessionTokens.hash(token)).get("/api/auth/session")
                .then().statusCode(401);
    }

    @Test
    void sessionNeedsABearerToken() {
        given().get("/api/auth/session").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        given().header("Authorization", "Basic YTpi").get("/api/auth/session").then().statusCode(401);
        given().header("Authorization", "Bearer ").get("/api/auth/session").then().statusCode(401);
    }
}
