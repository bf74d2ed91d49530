package dev.plume.commerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.commerce.CatalogDtos.CategoryRef;
import dev.plume.commerce.CatalogDtos.ImageView;
import dev.plume.commerce.CatalogDtos.ProductCard;
import dev.plume.commerce.CatalogDtos.ProductDetail;
import dev.plume.commerce.CatalogDtos.Rating;
import dev.plume.commerce.CatalogDtos.ShopCategoryView;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Conditions;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalog's reads, one statement each: a page of products, a product with everything shown on its page. */
@ApplicationScoped
public class ProductReads {

    /** The rating order's key: the average to four decimals, 0 without reviews (the index of migration V7). */
    static final String RATING_KEY = "round(coalesce(p.rating_total::numeric / nullif(p.review_count, 0), 0), 4)";

    private static final String RATING = """
            p.review_count, round(p.rating_total::numeric / nullif(p.review_count, 0), 2) as rating_average""";

    private static final String CARDS = """
            select p.id, p.name, p.slug, p.price, p.compare_at_price, p.currency, p.stock > 0 as in_stock, p.created_at,
                   (select i.url from product_images i where i.product_id = p.id order by i.position limit 1) as image,
                   c.id as category_id, c.name as category_name, c.slug as category_slug,
                   """ + RATING_KEY + " as rating_key, " + RATING + """

            from products p left join shop_categories c on c.id = p.category_id
            where p.active""";

    /** The category path walks up from the product's category to the root (at most 32 levels: the tree has no cycles). */
    private static final String DETAIL = """
            select p.id, p.name, p.slug, p.description, p.price, p.compare_at_price, p.currency, p.sku, p.stock, p.active,
                   p.created_at, p.updated_at,
                   (select coalesce(json_agg(json_build_object('url', i.url, 'alt', i.alt) order by i.position), '[]')
                      from product_images i where i.product_id = p.id)::text as images,
                   (with recursive up as (
                        select c.id, c.name, c.slug, c.parent_id, 0 as depth from shop_categories c where c.id = p.category_id
                        union all
                        select s.id, s.name, s.slug, s.parent_id, up.depth + 1 from shop_categories s join up on s.id = up.parent_id
                        where up.depth < 32)
                    select coalesce(json_agg(json_build_object('id', up.id, 'name', up.name, 'slug', up.slug) order by up.depth desc), '[]')
                    from up)::text as category_path,
                   """ + RATING + """

            from products p""";

    private static final String CATEGORIES = "select id, name, slug, parent_id from shop_categories order by name, id";

    private final ObjectMapper json;

    ProductReads(ObjectMapper json) {
        this.json = json;
    }

    public record Keyed(ProductCard card, Cursor position) {
    }

    /** A keyset page of active products: {@code limit} rows after the cursor, in the sort's order. */
    public List<Keyed> page(ProductFilter filter, ProductSort sort, Cursor after, int limit) {
        Conditions where = filter.conditions();
        Sql statement = where.bind(Sql.of(CARDS + where.sql() + (after == null ? "" : " and " + sort.after)
                + " order by " + sort.orderBy + Sql.limit(limit)));
        if (after != null) {
            statement.bind("after_key", sort.key(after)).bind("after_id", after.id());
        }
        return statement.list(row -> new Keyed(card(row), sort.cursorOf(row)));
    }

    /** An active product by its slug, as its page shows it. */
    public Optional<ProductDetail> bySlug(String slug) {
        return Sql.of(DETAIL + " where p.slug = :slug and p.active").bind("slug", slug).first(this::detail);
    }

    /** Any product, archived too, by id (for the writes' answers and administrators). */
    public Optional<ProductDetail> byId(UUID id) {
        return Sql.of(DETAIL + " where p.id = :id").bind("id", id).first(this::detail);
    }

    public List<ShopCategoryView> categories() {
        return Sql.of(CATEGORIES).list(row -> new ShopCategoryView(row.uuid("id"), row.text("name"), row.text("slug"), row.uuid("parent_id")));
    }

    private static ProductCard card(Row row) throws SQLException {
        UUID category = row.uuid("category_id");
        return new ProductCard(row.uuid("id"), row.text("name"), row.text("slug"), row.decimal("price"), row.decimal("compare_at_price"),
                row.text("currency"), row.bool("in_stock"), row.text("image"),
                category == null ? null : new CategoryRef(category, row.text("category_name"), row.text("category_slug")),
                rating(row), row.instant("created_at"));
    }

    private ProductDetail detail(Row row) throws SQLException {
        return new ProductDetail(row.uuid("id"), row.text("name"), row.text("slug"), row.text("description"), row.decimal("price"),
                row.decimal("compare_at_price"), row.text("currency"), row.text("sku"), row.integer("stock"), row.bool("active"),
                row.list("images", json, ImageView.class), row.list("category_path", json, CategoryRef.class), rating(row),
                row.instant("created_at"), row.instant("updated_at"));
    }

    private static Rating rating(Row row) throws SQLException {
        return new Rating(row.decimal("rating_average"), row.count("review_count"));
    }
}
