package dev.plume.commerce;

import dev.plume.platform.database.Sql;

import java.math.BigDecimal;

/** Optional narrowing of the product list: a category with its subtree, a price range, in stock, text. */
record ProductFilter(String category, BigDecimal minPrice, BigDecimal maxPrice, boolean inStock, String query) {

    private static final String SUBTREE = """
            with recursive tree as (select id from shop_categories where slug = :category
                                    union all select s.id from shop_categories s join tree t on s.parent_id = t.id)
            select id from tree""";

    String where() {
        return (category == null ? "" : " and p.category_id in (" + SUBTREE + ")")
                + (minPrice == null ? "" : " and p.price >= :min_price")
                + (maxPrice == null ? "" : " and p.price <= :max_price")
                + (inStock ? " and p.stock > 0" : "")
                + (query == null ? "" : " and p.search @@ websearch_to_tsquery('english', :query)");
    }

    Sql bind(Sql statement) {
        if (category != null) {
            statement.bind("category", category);
        }
        if (minPrice != null) {
            statement.bind("min_price", minPrice);
        }
        if (maxPrice != null) {
            statement.bind("max_price", maxPrice);
        }
        if (query != null) {
            statement.bind("query", query);
        }
        return statement;
    }
}
