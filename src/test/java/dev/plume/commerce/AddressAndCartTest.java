package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import dev.plume.support.Together;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AddressAndCartTest {

    private final TestUser admin = Fixtures.user("ADMIN");

    @Test
    void exactlyOneAddressIsTheDefaultWhateverHappens() throws Exception {
        TestUser user = Fixtures.user();
        UUID first = Shop.address(user);
        UUID second = Shop.address(user);
        given().header("Authorization", user.bearer()).get("/api/me/addresses").then().statusCode(200)
                .body("addresses.id", equalTo(List.of(first.toString(), second.toString())))
                .body("addresses.isDefault", equalTo(List.of(true, false)));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("isDefault", true))
                .patch("/api/me/addresses/" + second).then().statusCode(200).body("isDefault", equalTo(true));
        given().header("Authorization", user.bearer()).get("/api/me/addresses/" + first).then().body("isDefault", equalTo(false));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("isDefault", false))
                .patch("/api/me/addresses/" + second).then().statusCode(400).body("violations[0].field", equalTo("isDefault"));
        given().header("Authorization", user.bearer()).delete("/api/me/addresses/" + second).then().statusCode(204);
        given().header("Authorization", user.bearer()).get("/api/me/addresses/" + first).then().body("isDefault", equalTo(true));

        List<UUID> more = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            more.add(Shop.address(user));
        }
        Together.run(10, i -> () -> given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("isDefault", true)).patch("/api/me/addresses/" + more.get(i)).statusCode());
        assertEquals(1, Fixtures.count("select count(*) from addresses where user_id = ? and is_default", user.id()));

        TestUser stranger = Fixtures.user();
        given().header("Authorization", stranger.bearer()).get("/api/me/addresses/" + first).then().statusCode(404);
        given().header("Authorization", stranger.bearer()).delete("/api/me/addresses/" + first).then().statusCode(404);
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "line1", "Y", "city", "Z", "postalCode", "1", "country", "gb"))
                .post("/api/me/addresses").then().statusCode(400).body("violations[0].field", equalTo("country"));
    }

    @Test
    void theCartHoldsQuantitiesOfOneCurrencyAndChecksNoStock() {
        TestUser user = Fixtures.user();
        TestProduct one = Shop.product(admin, "2.50", 1);
        TestProduct euro = Shop.product(admin, "3.00", 5, Map.of("currency", "EUR"));
        Shop.inCart(user, one, 5);
        given().header("Authorization", user.bearer()).get("/api/cart").then().statusCode(200)
                .body("items[0].quantity", equalTo(5)).body("items[0].lineTotal", equalTo("12.50"))
                .body("items[0].available", equalTo(false)).body("currency", equalTo("USD")).body("subtotal", equalTo("12.50"));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/cart/items/" + euro.id()).then().statusCode(409).body("violations[0].field", equalTo("productId"));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/cart/items/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("quantity", 100))
                .put("/api/cart/items/" + one.id()).then().statusCode(400).body("violations[0].field", equalTo("quantity"));
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("quantity", 0))
                .put("/api/cart/items/" + one.id()).then().statusCode(200).body("items", equalTo(List.of()));
        Shop.inCart(user, euro, 2);
        given().header("Authorization", user.bearer()).delete("/api/cart").then().statusCode(200).body("items", equalTo(List.of()))
                .body("currency", org.hamcrest.Matchers.nullValue());
    }
}
