package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Grants and transfers of credits, read back as a balance and the movements behind it. */
@QuarkusTest
class CreditsTest {

    private final TestUser admin = Fixtures.user("ADMIN");

    private static io.restassured.response.Response transfer(TestUser from, Object to, Object amount) {
        return given().header("Authorization", from.bearer()).contentType(ContentType.JSON)
                .body(Map.of("toUserId", to.toString(), "amount", amount)).post("/api/credits/transfers");
    }

    @Test
    void grantsAndTransfersMoveBalancesAndLeaveTheirHistory() {
        TestUser ada = Fixtures.user();
        TestUser bob = Fixtures.user();
        given().header("Authorization", ada.bearer()).get("/api/me/credits").then().statusCode(200)
                .body("balance", equalTo("0.00")).body("movements", equalTo(List.of()));
        Shop.grant(admin, ada, "100.00");
        transfer(ada, bob.id(), "30.25").then().statusCode(201).body("kind", equalTo("TRANSFER")).body("amount", equalTo("30.25"))
                .body("fromUserId", equalTo(ada.id().toString())).body("toUserId", equalTo(bob.id().toString()));

        JsonPath credits = given().header("Authorization", ada.bearer()).get("/api/me/credits").then().statusCode(200).extract().jsonPath();
        assertEquals("69.75", credits.getString("balance"));
        assertEquals(List.of("-30.25", "100.00"), credits.getList("movements.amount"));
        assertEquals(List.of("TRANSFER", "GRANT"), credits.getList("movements.kind"));
        assertEquals(bob.id().toString(), credits.getString("movements[0].counterparty.id"));
        assertNull(credits.get("movements[1].counterparty"));
        assertEquals("Test credits", credits.getString("movements[1].reason"));
        given().header("Authorization", bob.bearer()).get("/api/me/credits").then().body("balance", equalTo("30.25"))
                .body("movements[0].amount", equalTo("30.25")).body("movements[0].counterparty.id", equalTo(ada.id().toString()));
    }

    @Test
    void aTransferNeverLeavesABalanceBelowZeroNorGoesToItsSender() {
        TestUser ada = Fixtures.user();
        Shop.grant(admin, ada, "10.00");
        transfer(ada, Fixtures.user().id(), "10.01").then().statusCode(409).body("violations[0].field", equalTo("amount"));
        transfer(ada, ada.id(), "1.00").then().statusCode(400).body("violations[0].field", equalTo("toUserId"));
        transfer(ada, UUID.randomUUID(), "1.00").then().statusCode(400).body("violations[0].field", equalTo("toUserId"));
        transfer(ada, Fixtures.user().id(), "0.00").then().statusCode(400).body("violations[0].field", equalTo("amount"));
        transfer(ada, Fixtures.user().id(), "1.001").then().statusCode(400).body("violations[0].field", equalTo("amount"));
        transfer(ada, Fixtures.user().id(), 1.5).then().statusCode(400).body("violations[0].field", equalTo("amount"));
        given().header("Authorization", ada.bearer()).get("/api/me/credits").then().body("balance", equalTo("10.00"));
        transfer(ada, Fixtures.user().id(), "10.00").then().statusCode(201);
        given().header("Authorization", ada.bearer()).get("/api/me/credits").then().body("balance", equalTo("0.00"));
    }

    @Test
    void onlyAnAdminGrants() {
        TestUser user = Fixtures.user();
        given().header("Authorization", Fixtures.user("MODERATOR").bearer()).contentType(ContentType.JSON)
                .body(Map.of("userId", user.id().toString(), "amount", "5.00", "reason", "Gift"))
                .post("/api/admin/credits/grants").then().statusCode(403);
        given().header("Authorization", user.bearer()).get("/api/me/credits").then().body("balance", equalTo("0.00"));
    }
}
