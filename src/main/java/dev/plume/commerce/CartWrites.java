package dev.plume.commerce;

import dev.plume.platform.database.Sql;
import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** A user's cart: products and quantities. Stock is checked at checkout, not here; a cart holds one currency. */
@ApplicationScoped
@Transactional
public class CartWrites {

    private static final String PRODUCT = """
            select p.currency,
                   (select min(o.currency) from cart_items c join products o on o.id = c.product_id
                    where c.user_id = :user and c.product_id <> p.id) as cart_currency
            from products p where p.id = :product and p.active""";
    private static final String SET = """
            insert into cart_items (user_id, product_id, quantity) values (:user, :product, :quantity)
            on conflict (user_id, product_id) do update set quantity = excluded.quantity""";
    private static final String REMOVE = "delete from cart_items where user_id = :user and product_id = :product";

    public void setQuantity(UUID userId, UUID productId, int quantity) {
        if (quantity == 0) {
            Sql.of(REMOVE).bind("user", userId).bind("product", productId).update();
            return;
        }
        record Currencies(String product, String cart) {
        }
        Currencies currencies = Sql.of(PRODUCT).bind("user", userId).bind("product", productId)
                .first(row -> new Currencies(row.text("currency"), row.text("cart_currency")))
                .orElseThrow(() -> Problems.notFound("Product not found"));
        if (currencies.cart() != null && !currencies.cart().equals(currencies.product())) {
            throw Problems.conflict("productId", "is priced in " + currencies.product() + ", and the cart holds " + currencies.cart());
        }
        Sql.of(SET).bind("user", userId).bind("product", productId).bind("quantity", quantity).update();
    }

    public void empty(UUID userId) {
        Sql.of("delete from cart_items where user_id = :user").bind("user", userId).update();
    }
}
