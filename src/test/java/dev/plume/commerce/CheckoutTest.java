package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Checking out a cart: prices copied, totals by the server, stock taken, cart emptied; the order's life afterwards. */
@QuarkusTest
class CheckoutTest {

    private final TestUser admin = Fixtures.user("ADMIN");

    @Test
    void checkoutCopiesPricesComputesTotalsTakesStockAndEmptiesTheCart() {
        TestUser buyer = Fixtures.user();
        UUID address = Shop.address(buyer);
        TestProduct cup = Shop.product(admin, "19.90", 5);
        TestProduct saucer = Shop.product(admin, "3.35", 10);
        Shop.inCart(buyer, cup, 2);
        Shop.inCart(buyer, saucer, 3);
        given().header("Authorization", buyer.bearer()).get("/api/cart").then().body("subtotal", equalTo("49.85"));

        JsonPath order = Shop.checkout(buyer, address, null).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/orders/PL-[0-9]{8}")).extract().jsonPath();
        assertEquals("PENDING", order.getString("order.status"));
        assertEquals("49.85", order.getString("order.subtotal"));
        assertEquals("3.99", order.getString("order.tax"), "8 % of 49.85, rounded half-even");
        assertEquals("5.00", order.getString("order.shipping"), "under the free-shipping threshold of 50.00");
        assertEquals("58.84", order.getString("order.total"));
        assertEquals("39.80", order.getString("order.items.find { it.productId == '" + cup.id() + "' }.lineTotal"));
        assertEquals("19.90", order.getString("order.items.find { it.productId == '" + cup.id() + "' }.unitPrice"));
        assertEquals("10.05", order.getString("order.items.find { it.productId == '" + saucer.id() + "' }.lineTotal"));
        assertEquals("1 Test Street", order.getString("order.shipTo.line1"));
        given().get("/api/products/" + cup.slug()).then().body("product.stock", equalTo(3));
        given().get("/api/products/" + saucer.slug()).then().body("product.stock", equalTo(7));
        given().header("Authorization", buyer.bearer()).get("/api/cart").then().body("items", equalTo(List.of())).body("subtotal", equalTo("0.00"));

        // a later price change leaves the order as it was sold
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("price", "25.00"))
                .patch("/api/products/" + cup.id()).then().statusCode(200);
        given().header("Authorization", buyer.bearer()).get("/api/orders/" + order.getString("order.number")).then().statusCode(200)
                .body("order.total", equalTo("58.84"));
        given().header("Authorization", buyer.bearer()).get("/api/me/orders").then().statusCode(200)
                .body("orders[0].number", equalTo(order.getString("order.number"))).body("orders[0].items", equalTo(5));
    }

    @Test
    void anOrderOfFiftyOrMoreShipsFree() {
        TestUser buyer = Fixtures.user();
        Shop.inCart(buyer, Shop.product(admin, "50.00", 1), 1);
        Shop.checkout(buyer, Shop.address(buyer), null).then().statusCode(201)
                .body("order.shipping", equalTo("0.00")).body("order.total", equalTo("54.00"));
    }

    @Test
    void whatCannotBeBoughtIsRefused() {
        TestUser buyer = Fixtures.user();
        UUID address = Shop.address(buyer);
        Shop.checkout(buyer, address, null).then().statusCode(409).body("detail", equalTo("The cart is empty"));
        TestProduct scarce = Shop.product(admin, "1.00", 1);
        Shop.inCart(buyer, scarce, 2);
        Shop.checkout(buyer, address, null).then().statusCode(409)
                .body("violations[0].field", equalTo("items." + scarce.id()))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("1 left, 2 asked"));
        Shop.checkout(buyer, Shop.address(Fixtures.user()), null).then().statusCode(400).body("violations[0].field", equalTo("addressId"));
        given().get("/api/products/" + scarce.slug()).then().body("product.stock", equalTo(1));
        given().header("Authorization", buyer.bearer()).get("/api/cart").then().body("items.size()", equalTo(1));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameOrderAndAnotherBodyIs422() {
        TestUser buyer = Fixtures.user();
        UUID address = Shop.address(buyer);
        Shop.inCart(buyer, Shop.product(admin, "2.00", 10), 1);
        String key = UUID.randomUUID().toString();
        String first = Shop.checkout(buyer, address, key).then().statusCode(201).extract().asString();
        assertEquals(first, Shop.checkout(buyer, address, key).then().statusCode(201).extract().asString());
        Shop.checkout(buyer, Shop.address(buyer), key).then().statusCode(422);
        assertEquals(1, Fixtures.count("select count(*) from orders where user_id = ?", buyer.id()));
        Shop.checkout(buyer, address, "not ascii é").then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void statusesMoveOnlyForwardAndCancellingReturnsTheStock() {
        TestUser buyer = Fixtures.user();
        TestProduct product = Shop.product(admin, "8.00", 4);
        Shop.inCart(buyer, product, 3);
        String number = Shop.checkout(buyer, Shop.address(buyer), null).then().statusCode(201).extract().path("order.number");
        given().get("/api/products/" + product.slug()).then().body("product.stock", equalTo(1));

        status(buyer, number, "PAID").then().statusCode(403);
        status(admin, number, "SHIPPED").then().statusCode(409);
        status(admin, number, "PAID").then().statusCode(200).body("order.status", equalTo("PAID"));
        status(buyer, number, "CANCELLED").then().statusCode(200).body("order.status", equalTo("CANCELLED"));
        given().get("/api/products/" + product.slug()).then().body("product.stock", equalTo(4));
        status(buyer, number, "CANCELLED").then().statusCode(409);
        given().get("/api/products/" + product.slug()).then().body("product.stock", equalTo(4));

        TestUser stranger = Fixtures.user();
        given().header("Authorization", stranger.bearer()).get("/api/orders/" + number).then().statusCode(404);
        status(stranger, number, "CANCELLED").then().statusCode(404);
        given().header("Authorization", admin.bearer()).get("/api/orders/" + number).then().statusCode(200);
    }

    @Test
    void deliveredIsFinal() {
        TestUser buyer = Fixtures.user();
        String number = Shop.deliveredOrder(admin, buyer, List.of(Shop.product(admin, "1.00", 1)));
        status(buyer, number, "CANCELLED").then().statusCode(409);
        status(admin, number, "SHIPPED").then().statusCode(409);
        assertNotEquals(0, Fixtures.count("select count(*) from orders where number = ? and status = 'DELIVERED'", number));
    }

    private static io.restassured.response.Response status(TestUser by, String number, String status) {
        return given().header("Authorization", by.bearer()).contentType(ContentType.JSON).body(Map.of("status", status))
                .post("/api/orders/" + number + "/status");
    }
}
