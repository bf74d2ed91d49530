package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Reviews come from buyers whose order was delivered, once each, and the product's rating is exact. */
@QuarkusTest
class ReviewTest {

    private final TestUser admin = Fixtures.user("ADMIN");

    private static io.restassured.response.Response review(TestUser user, TestProduct product, int rating) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .body(Map.of("rating", rating, "title", "Rated " + rating)).post("/api/products/" + product.id() + "/reviews");
    }

    @Test
    void onlyADeliveredBuyerReviewsOnceAndTheRatingIsExact() {
        TestProduct product = Shop.product(admin, "12.00", 10);
        TestUser early = Fixtures.user();
        Shop.inCart(early, product, 1);
        String undelivered = Shop.checkout(early, Shop.address(early), null).then().statusCode(201).extract().path("order.number");
        review(early, product, 5).then().statusCode(403);
        review(Fixtures.user(), product, 5).then().statusCode(403);

        TestUser first = Fixtures.user();
        TestUser second = Fixtures.user();
        TestUser third = Fixtures.user();
        for (TestUser buyer : List.of(first, second, third)) {
            Shop.deliveredOrder(admin, buyer, List.of(product));
        }
        review(first, product, 5).then().statusCode(201).body("rating", equalTo(5)).body("reviewer.id", equalTo(first.id().toString()));
        review(first, product, 1).then().statusCode(409).body("violations[0].field", equalTo("productId"));
        review(second, product, 4).then().statusCode(201);
        review(third, product, 4).then().statusCode(201);
        review(third, product, 6).then().statusCode(400).body("violations[0].field", equalTo("rating"));

        given().get("/api/products/" + product.slug()).then().body("product.rating.count", equalTo(3))
                .body("product.rating.average", equalTo("4.33"));
        given().get("/api/products/" + product.id() + "/reviews").then().statusCode(200).body("reviews.size()", equalTo(3))
                .body("reviews[0].reviewer.id", equalTo(third.id().toString()));
        given().header("Authorization", first.bearer()).contentType(ContentType.JSON).body(Map.of("rating", 3))
                .post("/api/products/" + UUID.randomUUID() + "/reviews").then().statusCode(404);
        given().header("Authorization", admin.bearer()).get("/api/orders/" + undelivered).then().body("order.status", equalTo("PENDING"));
    }
}
