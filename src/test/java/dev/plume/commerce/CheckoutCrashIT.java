package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.PackagedInstance;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A packaged instance killed with SIGKILL while buyers check out through it: whatever it was
 * doing, it leaves no order without its items, no stock taken without an order, and no cart
 * emptied without one.
 */
class CheckoutCrashIT {

    private static final int BUYERS = 600;
    private static final int STOCK = 2_000;

    @Test
    void aKilledInstanceLeavesEveryCheckoutWholeOrUndone() throws Exception {
        PackagedInstance instance = PackagedInstance.start(Map.of());
        try {
            RestAssured.baseURI = "http://127.0.0.1";
            RestAssured.port = instance.port();
            TestUser admin = Fixtures.user("ADMIN");
            TestProduct product = Shop.product(admin, "5.00", STOCK);
            List<TestUser> buyers = new ArrayList<>();
            List<UUID> addresses = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                TestUser buyer = Fixtures.user();
                UUID address = UUID.randomUUID();
                Fixtures.execute("insert into addresses (id, user_id, name, line1, city, postal_code, country, is_default) "
                        + "values (?, ?, 'Buyer', '1 Street', 'Town', '1', 'GB', true)", address, buyer.id());
                Fixtures.execute("insert into cart_items (user_id, product_id, quantity) values (?, ?, ?)", buyer.id(), product.id(), 1 + i % 3);
                addresses.add(address);
                buyers.add(buyer);
            }
            ExecutorService clients = Executors.newFixedThreadPool(32);
            for (int i = 0; i < BUYERS; i++) {
                int buyer = i;
                clients.submit(() -> {
                    try {
                        Shop.checkout(buyers.get(buyer), addresses.get(buyer), null);
                    } catch (RuntimeException connectionLost) {
                        // the instance died under this request
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> Fixtures.count(
                    "select count(*) from order_items where product_id = ?", product.id()) >= 20);
            instance.kill();
            clients.shutdownNow();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));

            long ordered = Fixtures.count("select coalesce(sum(quantity), 0) from order_items where product_id = ?", product.id());
            long stock = Fixtures.count("select stock from products where id = ?", product.id());
            long done = Fixtures.count("select count(*) from order_items where product_id = ?", product.id());
            assertTrue(done >= 20 && done < BUYERS, done + " of " + BUYERS + " checkouts done: the instance must die mid-way");
            assertEquals(STOCK, stock + ordered, "stock taken without an order, or an order without its stock");
            assertEquals(0, Fixtures.count("select count(*) from orders o where not exists (select 1 from order_items i where i.order_id = o.id)"));
            for (TestUser buyer : buyers) {
                long orders = Fixtures.count("select count(*) from orders where user_id = ?", buyer.id());
                long inCart = Fixtures.count("select count(*) from cart_items where user_id = ?", buyer.id());
                assertEquals(1, orders + inCart, "a buyer has either an order or a full cart");
            }
        } finally {
            instance.kill();
            RestAssured.reset();
        }
    }
}
