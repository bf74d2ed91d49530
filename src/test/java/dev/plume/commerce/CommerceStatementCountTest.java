package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import dev.plume.support.StatementCounter;
import dev.plume.support.WithoutCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's list and a product's page are one statement each whatever they hold, and the
 * checkout of a five-item cart stays within ten, the session lookup and the commit's own check
 * included (caches off).
 */
@QuarkusTest
@TestProfile(WithoutCache.class)
class CommerceStatementCountTest {

    private static final int SESSION_LOOKUP = 1;

    @Test
    void theListAndAProductPageAreOneStatementWhateverTheyHold() {
        TestUser admin = Fixtures.user("ADMIN");
        String root = given().header("Authorization", admin.bearer()).contentType("application/json")
                .body(Map.of("name", "Counted", "slug", Fixtures.unique("counted"))).post("/api/shop-categories").then().statusCode(201)
                .extract().path("slug");
        String rootId = given().get("/api/shop-categories").then().extract().jsonPath()
                .getString("categories.find { it.slug == '" + root + "' }.id");
        TestProduct product = null;
        for (int i = 0; i < 12; i++) {
            product = Shop.product(admin, i + ".50", i, Map.of("categoryId", rootId, "images",
                    List.of(Map.of("url", "https://img.example/a.jpg", "alt", "A"), Map.of("url", "https://img.example/b.jpg", "alt", "B"))));
        }
        String slug = product.slug();
        given().get("/api/products/" + slug).then().statusCode(200);
        assertEquals(1, StatementCounter.during(() -> given().get("/api/products/" + slug).then().statusCode(200)));
        for (String query : List.of("limit=1", "limit=100", "category=" + root + "&limit=100", "sort=price&minPrice=2&inStock=true",
                "sort=rating&limit=3", "q=product&sort=price_desc")) {
            given().get("/api/products?" + query).then().statusCode(200);
            assertEquals(1, StatementCounter.during(() -> given().get("/api/products?" + query).then().statusCode(200)), query);
        }
        int listed = given().get("/api/products?category=" + root + "&limit=100").then().extract().jsonPath().getList("products").size();
        assertTrue(listed == 12, "the category lists its " + listed + " products");
    }

    @Test
    void checkingOutFiveItemsTakesAtMostTenStatements() {
        TestUser admin = Fixtures.user("ADMIN");
        TestUser buyer = Fixtures.user();
        UUID address = Shop.address(buyer);
        for (int i = 0; i < 5; i++) {
            Shop.inCart(buyer, Shop.product(admin, "3.00", 10), 1 + i);
        }
        StatementCounter.Sent sent = StatementCounter.sent(() -> Shop.checkout(buyer, address, UUID.randomUUID().toString()).then().statusCode(201));
        assertTrue(sent.count() <= 10, sent.toString());
        // eight of its own, and the commit's check that the order has items (V7's deferred trigger)
        assertEquals(SESSION_LOOKUP + 8 + 1, sent.count(), sent.toString());
    }
}
