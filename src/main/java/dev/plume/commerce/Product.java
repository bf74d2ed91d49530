package dev.plume.commerce;

import dev.plume.platform.database.TimestampedEntity;
import dev.plume.platform.error.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product of the catalog and the rules of its price and life: a former price is above the
 * price, an archived product leaves the catalog but keeps its orders and reviews. Stock moves
 * only by adjustments, sales and cancellations, each in one conditional statement.
 */
@Entity
@Table(name = "products")
@DynamicUpdate
public class Product extends TimestampedEntity {

    public String name;

    public String slug;

    public String description;

    private BigDecimal price;

    @Column(name = "compare_at_price")
    private BigDecimal compareAtPrice;

    public String currency = "USD";

    public String sku;

    @Column(insertable = true, updatable = false)
    public int stock;

    public boolean active = true;

    @Column(name = "category_id")
    public UUID categoryId;

    /** Sets the price and the former price together; the former one, when there is one, must be higher. */
    public void reprice(BigDecimal newPrice, BigDecimal newCompareAtPrice) {
        if (newCompareAtPrice != null && newCompareAtPrice.compareTo(newPrice) <= 0) {
            throw Problems.invalid("body", "compareAtPrice", "must be above the price");
        }
        price = newPrice;
        compareAtPrice = newCompareAtPrice;
    }

    public BigDecimal price() {
        return price;
    }

    public BigDecimal compareAtPrice() {
        return compareAtPrice;
    }
}
