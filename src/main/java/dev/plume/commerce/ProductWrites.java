package dev.plume.commerce;

import dev.plume.commerce.CatalogDtos.CreateProductRequest;
import dev.plume.commerce.CatalogDtos.CreateShopCategoryRequest;
import dev.plume.commerce.CatalogDtos.ImageInput;
import dev.plume.commerce.CatalogDtos.ShopCategoryView;
import dev.plume.commerce.CatalogDtos.StockAdjustment;
import dev.plume.commerce.CatalogDtos.UpdateProductRequest;
import dev.plume.identity.Viewer;
import dev.plume.platform.database.Sql;
import dev.plume.platform.database.Transactions;
import dev.plume.platform.error.Problems;
import dev.plume.platform.slug.SlugClaims;
import dev.plume.platform.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.id.uuid.UuidVersion7Strategy;

import java.util.List;
import java.util.UUID;

/** Writing the catalog (ADMIN): products, their images and stock, shop categories. */
@ApplicationScoped
public class ProductWrites {

    /** Adds the delta unless the stock would go below zero, and records why, in one statement. */
    private static final String ADJUST_STOCK = """
            with changed as (update products set stock = stock + :delta where id = :product and stock + :delta >= 0 returning stock)
            insert into stock_adjustments (id, product_id, delta, stock_after, reason, made_by)
            select :id, :product, :delta, changed.stock, :reason, :by from changed
            returning id, product_id, delta, stock_after, reason, created_at""";

    private static final String REPLACE_IMAGES = """
            insert into product_images (product_id, position, url, alt)
            select :product, i.ord - 1, i.url, i.alt from unnest(:urls, :alts) with ordinality as i(url, alt, ord)""";

    private static final int SLUG_ATTEMPTS = 5;

    public UUID create(CreateProductRequest request) {
        String base = Slugs.of(request.name());
        return Transactions.withRetry(SLUG_ATTEMPTS, e -> Transactions.violates(e, "products_slug_key"), () -> {
            Product product = new Product();
            product.name = request.name().strip();
            product.description = request.description();
            product.reprice(request.price(), request.compareAtPrice());
            product.currency = request.currency() == null ? "USD" : request.currency();
            product.sku = request.sku();
            product.stock = request.stock() == null ? 0 : request.stock();
            product.categoryId = existingCategory(request.categoryId());
            product.slug = SlugClaims.claim("products", base);
            product.persistAndFlush();
            images(product.id, request.images());
            return product.id;
        });
    }

    @Transactional
    public void update(UUID id, UpdateProductRequest request) {
        Product product = Product.<Product>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Product not found"));
        if (request.name() != null) {
            product.name = request.name().strip();
        }
        if (request.description() != null) {
            product.description = request.description();
        }
        if (request.price() != null || request.compareAtPrice() != null) {
            product.reprice(request.price() != null ? request.price() : product.price(),
                    request.compareAtPrice() != null ? request.compareAtPrice() : product.compareAtPrice());
        }
        if (request.currency() != null) {
            product.currency = request.currency();
        }
        if (request.sku() != null) {
            product.sku = request.sku();
        }
        if (request.categoryId() != null) {
            product.categoryId = existingCategory(request.categoryId());
        }
        if (request.active() != null) {
            product.active = request.active();
        }
        product.flush();
        if (request.images() != null) {
            Sql.of("delete from product_images where product_id = :product").bind("product", id).update();
            images(id, request.images());
        }
    }

    /** Takes the product out of the catalog; its orders and reviews stay. */
    @Transactional
    public void archive(UUID id) {
        Product product = Product.<Product>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Product not found"));
        product.active = false;
    }

    /** 409 when the stock would go below zero: it is never negative. */
    @Transactional
    public StockAdjustment adjustStock(Viewer by, UUID productId, int delta, String reason) {
        if (delta == 0) {
            throw Problems.invalid("body", "delta", "must not be 0");
        }
        if (Product.findById(productId) == null) {
            throw Problems.notFound("Product not found");
        }
        return Sql.of(ADJUST_STOCK).bind("id", UuidVersion7Strategy.INSTANCE.generateUuid(null)).bind("product", productId)
                .bind("delta", delta).bind("reason", reason.strip()).bind("by", by.id())
                .first(row -> new StockAdjustment(row.uuid("id"), row.uuid("product_id"), row.integer("delta"),
                        row.integer("stock_after"), row.text("reason"), row.instant("created_at")))
                .orElseThrow(() -> Problems.conflict("delta", "would take the stock below zero"));
    }

    @Transactional
    public ShopCategoryView createCategory(CreateShopCategoryRequest request) {
        ShopCategory category = new ShopCategory();
        category.name = request.name().strip();
        category.slug = request.slug() != null ? request.slug() : Slugs.of(request.name());
        category.placeUnder(request.parentId());
        category.persistAndFlush();
        return new ShopCategoryView(category.id, category.name, category.slug, category.parentId);
    }

    private static void images(UUID product, List<ImageInput> images) {
        if (images != null && !images.isEmpty()) {
            Sql.of(REPLACE_IMAGES).bind("product", product)
                    .bind("urls", images.stream().map(ImageInput::url).toList())
                    .bind("alts", images.stream().map(ImageInput::alt).toList()).update();
        }
    }

    private static UUID existingCategory(UUID id) {
        if (id != null && ShopCategory.findById(id) == null) {
            throw Problems.invalid("body", "categoryId", "no shop category has this id");
        }
        return id;
    }
}
