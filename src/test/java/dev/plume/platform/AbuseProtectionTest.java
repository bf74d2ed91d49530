package dev.plume.platform;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rate limits (the production figures of application.properties), body size, CORS, security
 * headers, and no user enumeration on login.
 */
@QuarkusTest
class AbuseProtectionTest {

    private static String address() {
        return "198.51.100." + (int) (Math.random() * 250 + 1) + ", 10.0.0." + (int) (Math.random() * 250 + 1);
    }

    private static Response login(String email, String fromAddress) {
        return given().header("X-Forwarded-For", fromAddress).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "wrong password")).post("/api/auth/login");
    }

    private static void assertTooMany(Response response) {
        response.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
    }

    @Test
    void trustedProxiesAreCidrRanges() {
        // Quarkus resolves anything else that is not a dotted IPv4 address (a host name, or
        // "0:0:0:0:0:0:0:1" read as host:port) through DNS while the request waits
        String proxies = ConfigProvider.getConfig().getValue("quarkus.http.proxy.trusted-proxies", String.class);
        for (String proxy : proxies.split(",")) {
            String[] range = proxy.strip().split("/");
            assertEquals(2, range.length, proxy + " is not a CIDR range");
            assertDoesNotThrow(() -> InetAddress.ofLiteral(range[0]), proxy + " is not a CIDR range");
        }
    }

    @Test
    void loginIsLimitedPerEmail() {
        String email = Fixtures.unique("target") + "@example.com";
        for (int i = 0; i < 10; i++) {
            login(email, "203.0.113." + (i + 1)).then().statusCode(401);
        }
        assertTooMany(login(email, "203.0.113.99"));
        login(Fixtures.unique("other") + "@example.com", "203.0.113.99").then().statusCode(401);
    }

    @Test
    void loginIsLimitedPerAddress() {
        String from = "192.0.2." + (int) (Math.random() * 250 + 1);
        for (int i = 0; i < 30; i++) {
            login(Fixtures.unique("spray") + "@example.com", from).then().statusCode(401);
        }
        assertTooMany(login(Fixtures.unique("spray") + "@example.com", from));
    }

    @Test
    void registrationIsLimitedPerAddress() {
        String from = address();
        for (int i = 0; i <= 10; i++) {
            Response response = given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                    .body(Map.of("email", Fixtures.unique("bulk") + "@example.com", "password", "long enough secret", "name", "Bulk"))
                    .post("/api/auth/register");
            if (i < 10) {
                response.then().statusCode(201);
            } else {
                assertTooMany(response);
            }
        }
    }

    @Test
    void accountMailsAreLimitedPerEmail() {
        String email = Fixtures.unique("mailbomb") + "@example.com";
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/password-reset").then().statusCode(202);
        }
        assertTooMany(given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/password-reset"));
    }

    @Test
    void writesAreLimitedPerUser() {
        TestUser writer = Fixtures.user();
        TestPost post = Fixtures.published(Fixtures.user(), null, Instant.now());
        for (int i = 0; i < 60; i++) {
            given().header("Authorization", writer.bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200);
        }
        assertTooMany(given().header("Authorization", writer.bearer()).put("/api/posts/" + post.id() + "/like"));
        given().header("Authorization", Fixtures.user().bearer()).put("/api/posts/" + post.id() + "/like").then().statusCode(200);
        given().get("/api/posts/" + post.slug()).then().statusCode(200); // reads are not limited
    }

    @Test
    void anOversizedBodyIsRefused() {
        TestUser writer = Fixtures.user();
        given().header("Authorization", writer.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", "Big", "content", "x".repeat(1_100_000)))
                .post("/api/posts").then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void configuredFrontEndsMayCallFromBrowsersOthersMayNot() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/posts").then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/posts").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://localhost:3000").get("/api/posts?limit=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void answersCarrySecurityHeaders() {
        given().get("/api/posts?limit=1").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", matchesPattern("max-age=\\d+.*"));
    }

    @Test
    void loginSaysTheSameForAnUnknownEmailAndAWrongPassword() {
        String email = Fixtures.unique("known") + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "long enough secret", "name", "Known"))
                .post("/api/auth/register").then().statusCode(201);
        Response wrongPassword = login(email, address());
        Response unknownEmail = login(Fixtures.unique("unknown") + "@example.com", address());
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(wrongPassword.statusCode(), unknownEmail.statusCode());
        assertEquals(wrongPassword.jsonPath().getString("detail"), unknownEmail.jsonPath().getString("detail"));
        assertEquals(wrongPassword.jsonPath().getString("title"), unknownEmail.jsonPath().getString("title"));
    }
}
