package dev.plume.support;

import dev.plume.support.Fixtures.TestUser;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The commerce steps tests share, each made through the API as a client would. */
public final class Shop {

    private Shop() {
    }

    public record TestProduct(UUID id, String slug, String sku) {
    }

    /** A product with this price and stock, written by an ADMIN; {@code extra} adds or overrides fields. */
    public static TestProduct product(TestUser admin, String price, int stock, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", Fixtures.unique("Product"), "price", price,
                "sku", Fixtures.unique("SKU"), "stock", stock));
        body.putAll(extra);
        Map<String, Object> product = given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/products").then().statusCode(201).extract().path("product");
        return new TestProduct(UUID.fromString((String) product.get("id")), (String) product.get("slug"), (String) product.get("sku"));
    }

    public static TestProduct product(TestUser admin, String price, int stock) {
        return product(admin, price, stock, Map.of());
    }

    public static UUID address(TestUser user) {
        return UUID.fromString(given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", user.name(), "line1", "1 Test Street", "city", "Testville", "postalCode", "T1 1TT", "country", "GB"))
                .post("/api/me/addresses").then().statusCode(201).extract().path("id"));
    }

    public static void inCart(TestUser user, TestProduct product, int quantity) {
        given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("quantity", quantity))
                .put("/api/cart/items/" + product.id()).then().statusCode(200);
    }

    public static Response checkout(TestUser user, UUID address, String idempotencyKey) {
        var request = given().header("Authorization", user.bearer()).contentType(ContentType.JSON).body(Map.of("addressId", address.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/orders");
    }

    /** Buys the products, one each, and has an ADMIN deliver the order: the buyer may then review them. */
    public static String deliveredOrder(TestUser admin, TestUser buyer, List<TestProduct> products) {
        UUID address = address(buyer);
        products.forEach(product -> inCart(buyer, product, 1));
        String number = checkout(buyer, address, null).then().statusCode(201).extract().path("order.number");
        for (String status : List.of("PAID", "SHIPPED", "DELIVERED")) {
            given().header("Authorization", admin.bearer()).contentType(ContentType.JSON).body(Map.of("status", status))
                    .post("/api/orders/" + number + "/status").then().statusCode(200);
        }
        return number;
    }

    public static void grant(TestUser admin, TestUser user, String amount) {
        given().header("Authorization", admin.bearer()).contentType(ContentType.JSON)
                .body(Map.of("userId", user.id().toString(), "amount", amount, "reason", "Test credits"))
                .post("/api/admin/credits/grants").then().statusCode(201);
    }
}
