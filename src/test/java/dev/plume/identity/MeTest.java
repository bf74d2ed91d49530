package dev.plume.identity;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** My account, my profile and my linked accounts. */
@QuarkusTest
class MeTest {

    private static UUID link(TestUser user, String provider) {
        UUID id = UUID.randomUUID();
        Fixtures.execute("insert into accounts (id, user_id, type, provider, provider_account_id) values (?, ?, 'oauth', ?, ?)",
                id, user.id(), provider, Fixtures.unique("acct"));
        return id;
    }

    @Test
    void iReadAndChangeMyAccount() {
        TestUser me = Fixtures.user();
        given().header("Authorization", me.bearer()).get("/api/me").then().statusCode(200)
                .body("id", equalTo(me.id().toString()))
                .body("email", equalTo(me.email()))
                .body("role", equalTo("USER"))
                .body("emailVerified", nullValue())
                .body("hasPassword", equalTo(false));

        given().header("Authorization", me.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "New Name", "image", "https://example.com/me.png"))
                .patch("/api/me").then().statusCode(200)
                .body("name", equalTo("New Name"))
                .body("image", equalTo("https://example.com/me.png"));
        given().get("/api/users/" + me.id()).then().statusCode(200).body("user.name", equalTo("New Name"));
    }

    @Test
    void badChangesAreNamed() {
        TestUser me = Fixtures.user();
        given().header("Authorization", me.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "image", "javascript:alert(1)"))
                .patch("/api/me").then().statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("image"));
    }

    /** The document's maxLength holds: one character more is refused, and the stored value is kept. */
    @Test
    void aProfileLongerThanDocumentedIsRefused() {
        TestUser me = Fixtures.user();
        String longest = "https://example.com/" + "a".repeat(2000 - "https://example.com/".length());
        given().header("Authorization", me.bearer()).contentType(ContentType.JSON).body(Map.of("avatar", longest))
                .patch("/api/me/profile").then().statusCode(200).body("avatar", equalTo(longest));
        given().header("Authorization", me.bearer()).contentType(ContentType.JSON).body(Map.of("avatar", longest + "a"))
                .patch("/api/me/profile").then().statusCode(400).body("violations[0].field", equalTo("avatar"));
        given().header("Authorization", me.bearer()).contentType(ContentType.JSON).body(Map.of("bio", "b".repeat(2001)))
                .patch("/api/me/profile").then().statusCode(400).body("violations[0].field", equalTo("bio"));
        given().header("Authorization", me.bearer()).get("/api/me/profile").then().body("avatar", equalTo(longest));
    }

    @Test
    void myProfileStartsEmptyAndKeepsWhatIWrite() {
        TestUser me = Fixtures.user();
        given().header("Authorization", me.bearer()).get("/api/me/profile").then().statusCode(200)
                .body("bio", nullValue()).body("avatar", nullValue());
        given().header("Authorization", me.bearer()).contentType(ContentType.JSON)
                .body(Map.of("bio", "I write about engines"))
                .patch("/api/me/profile").then().statusCode(200).body("bio", equalTo("I write about engines"));
        given().header("Authorization", me.bearer()).contentType(ContentType.JSON)
                .body(Map.of("avatar", "https://example.com/a.png"))
                .patch("/api/me/profile").then().statusCode(200)
                .body("bio", equalTo("I write about engines"))
                .body("avatar", equalTo("https://example.com/a.png"));
        given().header("Authorization", me.bearer()).contentType(ContentType.JSON).body(Map.of("bio", ""))
                .patch("/api/me/profile").then().statusCode(200).body("bio", nullValue());
    }

    @Test
    void iUnlinkAnAccountButNeverMyLastWayToSignIn() {
        TestUser me = Fixtures.user(); // no password: accounts are the only ways in
        UUID github = link(me, "github");
        UUID google = link(me, "google");
        given().header("Authorization", me.bearer()).get("/api/me/accounts").then().statusCode(200)
                .body("data", hasSize(2)).body("data.provider", hasItem("github"));

        given().header("Authorization", me.bearer()).delete("/api/me/accounts/" + github).then().statusCode(204);
        given().header("Authorization", me.bearer()).delete("/api/me/accounts/" + google).then().statusCode(409)
                .contentType("application/problem+json");
        given().header("Authorization", me.bearer()).get("/api/me/accounts").then().body("data", hasSize(1));
    }

    @Test
    void nobodyUnlinksAnotherUsersAccount() {
        TestUser owner = Fixtures.user();
        UUID account = link(owner, "github");
        link(owner, "google");
        TestUser other = Fixtures.user();
        given().header("Authorization", other.bearer()).delete("/api/me/accounts/" + account).then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(1, Fixtures.count("select count(*) from accounts where id = ?", account));
    }

    @Test
    void meNeedsASession() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }
}
