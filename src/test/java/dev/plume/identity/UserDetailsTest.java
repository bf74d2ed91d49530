package dev.plume.identity;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A user's name and picture, changed by the user or an ADMIN. */
@QuarkusTest
class UserDetailsTest {

    @Test
    void usersChangeThemselvesAndAdminsChangeAnyone() {
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("name", "New Name"))
                .patch("/api/users/" + user.id()).then().statusCode(200).body("user.name", equalTo("New Name"));
        given().header("Authorization", Fixtures.user().bearer()).contentType(ContentType.JSON).body(Map.of("name", "Hacked"))
                .patch("/api/users/" + user.id()).then().statusCode(403);
        given().header("Authorization", Fixtures.user("MODERATOR").bearer()).contentType(ContentType.JSON).body(Map.of("name", "Hacked"))
                .patch("/api/users/" + user.id()).then().statusCode(403);
        given().header("Authorization", Fixtures.user("ADMIN").bearer()).contentType(ContentType.JSON).body(Map.of("name", "By Admin"))
                .patch("/api/users/" + user.id()).then().statusCode(200).body("user.name", equalTo("By Admin"));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("name", ""))
                .patch("/api/users/" + user.id()).then().statusCode(400).body("violations.field", hasItem("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Anon"))
                .patch("/api/users/" + user.id()).then().statusCode(401);
    }
}
