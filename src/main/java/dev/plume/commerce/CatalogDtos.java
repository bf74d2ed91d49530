package dev.plume.commerce;

import dev.plume.platform.page.CursorPagination;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON of the catalog: products, their images, shop categories, stock adjustments. */
public final class CatalogDtos {

    private CatalogDtos() {
    }

    static final String WEB_URL = "^https?://\\S+$";
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public record CategoryRef(UUID id, String name, String slug) {
    }

    public record ImageView(String url, String alt) {
    }

    public record Rating(@Schema(nullable = true, description = "The average of the reviews' ratings, two decimals; null without reviews")
                         BigDecimal average,
                         long count) {
    }

    public record ProductCard(UUID id, String name, String slug, BigDecimal price, @Schema(nullable = true) BigDecimal compareAtPrice,
                              String currency, boolean inStock,
                              @Schema(nullable = true, description = "The first image's URL") String image,
                              @Schema(nullable = true) CategoryRef category, Rating rating, Instant createdAt) {
    }

    public record ProductPage(List<ProductCard> products, CursorPagination pagination) {
    }

    public record ProductDetail(UUID id, String name, String slug, @Schema(nullable = true) String description, BigDecimal price,
                                @Schema(nullable = true) BigDecimal compareAtPrice, String currency, String sku, int stock,
                                boolean active, List<ImageView> images,
                                @Schema(description = "From the root of the category tree down to the product's category")
                                List<CategoryRef> categoryPath,
                                Rating rating, Instant createdAt, Instant updatedAt) {
    }

    public record ProductEnvelope(ProductDetail product) {
    }

    public record ImageInput(@NotBlank @Size(max = 2048) @Pattern(regexp = WEB_URL, message = "must be an http(s) URL") String url,
                             @NotBlank @Size(max = 300) String alt) {
    }

    public record CreateProductRequest(
            @Schema(examples = "Espresso cup") @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true) @Size(max = 10_000) String description,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
            @Schema(nullable = true, description = "The former price, above `price`") @DecimalMin("0.00")
            @Digits(integer = 10, fraction = 2) BigDecimal compareAtPrice,
            @Schema(nullable = true, description = "ISO 4217, USD when absent", examples = "EUR") @Pattern(regexp = "^[A-Z]{3}$") String currency,
            @Schema(examples = "CUP-ESP-001") @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String sku,
            @Schema(nullable = true, description = "0 when absent") @PositiveOrZero @Max(1_000_000) Integer stock,
            @Schema(nullable = true) UUID categoryId,
            @Schema(nullable = true, description = "In display order") @Size(max = 10) List<@Valid @NotNull ImageInput> images) {
    }

    /** Absent (null) fields stay as they are; stock changes go through stock adjustments. */
    public record UpdateProductRequest(
            @Schema(nullable = true) @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Schema(nullable = true) @Size(max = 10_000) String description,
            @Schema(nullable = true) @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
            @Schema(nullable = true) @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal compareAtPrice,
            @Schema(nullable = true) @Pattern(regexp = "^[A-Z]{3}$") String currency,
            @Schema(nullable = true) @Size(min = 1, max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String sku,
            @Schema(nullable = true) UUID categoryId,
            @Schema(nullable = true, description = "false archives the product, true brings it back") Boolean active,
            @Schema(nullable = true, description = "Replaces every image") @Size(max = 10) List<@Valid @NotNull ImageInput> images) {
    }

    public record StockAdjustmentRequest(
            @Schema(description = "Units added (positive) or removed (negative); never zero", examples = "25")
            @NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta,
            @Schema(examples = "Delivery from the roaster") @NotBlank @Size(max = 500) String reason) {
    }

    public record StockAdjustment(UUID id, UUID productId, int delta, int stockAfter, String reason, Instant createdAt) {
    }

    public record ShopCategoryView(UUID id, String name, String slug, @Schema(nullable = true) UUID parentId) {
    }

    public record ShopCategoryList(List<ShopCategoryView> categories) {
    }

    public record CreateShopCategoryRequest(@NotBlank @Size(max = 80) String name,
                                            @Schema(nullable = true, description = "Made from the name when absent")
                                            @Size(max = 80) @Pattern(regexp = SLUG) String slug,
                                            @Schema(nullable = true) UUID parentId) {
    }
}
