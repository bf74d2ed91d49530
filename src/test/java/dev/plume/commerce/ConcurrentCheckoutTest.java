package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import dev.plume.support.Together;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders never oversell, and a retried checkout makes one order, however many clients press at once. */
@QuarkusTest
class ConcurrentCheckoutTest {

    private final TestUser admin = Fixtures.user("ADMIN");

    @Test
    void sixtyFourBuyersOfTheLastTenUnitsMakeExactlyTenOrders() throws Exception {
        TestProduct last = Shop.product(admin, "9.99", 10);
        TestProduct plenty = Shop.product(admin, "1.00", 1_000);
        List<TestUser> buyers = new ArrayList<>();
        List<UUID> addresses = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            TestUser buyer = Fixtures.user();
            addresses.add(Shop.address(buyer));
            Shop.inCart(buyer, plenty, 1);
            Shop.inCart(buyer, last, 1);
            buyers.add(buyer);
        }
        List<Response> answers = Together.run(64, i -> () -> Shop.checkout(buyers.get(i), addresses.get(i), null));

        assertEquals(10, answers.stream().filter(answer -> answer.statusCode() == 201).count());
        List<Response> refused = answers.stream().filter(answer -> answer.statusCode() != 201).toList();
        assertEquals(54, refused.size());
        for (Response answer : refused) {
            assertEquals(409, answer.statusCode(), answer.asString());
            assertEquals("application/problem+json", answer.contentType().split(";")[0]);
            assertEquals(List.of("items." + last.id()), answer.jsonPath().getList("violations.field"));
        }
        given().get("/api/products/" + last.slug()).then().body("product.stock", equalTo(0));
        given().get("/api/products/" + plenty.slug()).then().body("product.stock", equalTo(990));
        assertEquals(10, Fixtures.count("select coalesce(sum(quantity), 0) from order_items where product_id = ?", last.id()));
        assertEquals(0, Fixtures.count("select count(*) from products where stock < 0"));
    }

    @Test
    void twentyRetriesOfOneCheckoutAtOnceMakeOneOrderAndTwentyIdenticalAnswers() throws Exception {
        TestUser buyer = Fixtures.user();
        UUID address = Shop.address(buyer);
        TestProduct product = Shop.product(admin, "4.20", 50);
        Shop.inCart(buyer, product, 2);
        String key = UUID.randomUUID().toString();
        List<Response> answers = Together.run(20, i -> () -> Shop.checkout(buyer, address, key));

        assertEquals(1, Fixtures.count("select count(*) from orders where user_id = ?", buyer.id()));
        String first = answers.getFirst().asString();
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            assertEquals(first, answer.asString());
            assertEquals(answers.getFirst().header("Location"), answer.header("Location"));
        }
        assertTrue(first.contains("\"total\""));
        given().get("/api/products/" + product.slug()).then().body("product.stock", equalTo(48));
    }
}
