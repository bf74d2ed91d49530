package dev.plume.commerce;

import dev.plume.platform.database.Conditions;

import java.math.BigDecimal;

/** Optional narrowing of the product list: a category with its subtree, a price range, in stock, text. */
record ProductFilter(String category, BigDecimal minPrice, BigDecimal maxPrice, boolean inStock, String query) {

    private static final String SUBTREE = """
            with recursive tree as (select id from shop_categories where slug = :category
                                    union all select s.id from shop_categories s join tree t on s.parent_id = t.id)
            select id from tree""";

    Conditions conditions() {
        return new Conditions()
                .and("p.category_id in (" + SUBTREE + ")", "category", category)
                .and("p.price >= :min_price", "min_price", minPrice)
                .and("p.price <= :max_price", "max_price", maxPrice)
                .andIf(inStock, "p.stock > 0")
                .and("p.search @@ websearch_to_tsquery('english', :query)", "query", query);
    }
}
