package dev.plume.commerce;

import dev.plume.platform.database.Sql;
import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.id.uuid.UuidVersion7Strategy;

import java.util.UUID;

/**
 * Reviews by buyers: one per user and product, only once an order of theirs with the product
 * was delivered. The product's count and rating total move in the same transaction (migration V7).
 */
@ApplicationScoped
@Transactional
public class ReviewWrites {

    private static final String MAY_REVIEW = """
            select exists (select 1 from products where id = :product) as product_exists,
                   exists (select 1 from orders o join order_items i on i.order_id = o.id
                           where o.user_id = :user and o.status = 'DELIVERED' and i.product_id = :product) as delivered""";

    private static final String INSERT = """
            insert into reviews (id, product_id, user_id, rating, title, comment) values (:id, :product, :user, :rating, :title, :comment)""";

    public UUID review(UUID userId, UUID productId, int rating, String title, String comment) {
        record May(boolean productExists, boolean delivered) {
        }
        May may = Sql.of(MAY_REVIEW).bind("product", productId).bind("user", userId)
                .first(row -> new May(row.bool("product_exists"), row.bool("delivered"))).orElseThrow();
        if (!may.productExists()) {
            throw Problems.notFound("Product not found");
        }
        if (!may.delivered()) {
            throw Problems.forbidden("Only a buyer whose order of this product was delivered may review it");
        }
        UUID id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        Sql.of(INSERT).bind("id", id).bind("product", productId).bind("user", userId).bind("rating", rating)
                .bind("title", title == null || title.isBlank() ? null : title.strip())
                .bind("comment", comment == null || comment.isBlank() ? null : comment.strip()).update();
        return id;
    }
}
