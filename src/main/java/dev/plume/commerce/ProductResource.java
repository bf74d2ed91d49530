package dev.plume.commerce;

import dev.plume.commerce.CatalogDtos.CreateProductRequest;
import dev.plume.commerce.CatalogDtos.ProductEnvelope;
import dev.plume.commerce.CatalogDtos.ProductPage;
import dev.plume.commerce.CatalogDtos.StockAdjustment;
import dev.plume.commerce.CatalogDtos.StockAdjustmentRequest;
import dev.plume.commerce.CatalogDtos.UpdateProductRequest;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/products")
@Tag(name = "Products")
public class ProductResource {

    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,10}([.][0-9]{1,2})?");

    private final ProductReads reads;
    private final ProductWrites writes;
    private final SecurityIdentity identity;

    ProductResource(ProductReads reads, ProductWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The catalog's active products, in keyset pages",
            description = "Filter by a shop category (with its subtree), a price range, stock and text; sort by newest (default), price or rating.")
    public ProductPage list(@Parameter(description = "Shop category slug: the products of it and of every category below it")
                            @QueryParam("category") String category,
                            @Parameter(description = "Lowest price, a decimal string", schema = @Schema(type = SchemaType.STRING,
                                    pattern = "^[0-9]{1,10}([.][0-9]{1,2})?$", examples = "10.00")) @QueryParam("minPrice") String minPrice,
                            @Parameter(description = "Highest price, a decimal string", schema = @Schema(type = SchemaType.STRING,
                                    pattern = "^[0-9]{1,10}([.][0-9]{1,2})?$", examples = "50.00")) @QueryParam("maxPrice") String maxPrice,
                            @Parameter(description = "Only products with stock") @QueryParam("inStock") boolean inStock,
                            @Parameter(description = "Full-text filter over names (ranked first) and descriptions, web-search syntax")
                            @QueryParam("q") String q,
                            @Parameter(description = "newest (default), price, price_desc or rating",
                                    schema = @Schema(type = SchemaType.STRING, enumeration = {"newest", "price", "price_desc", "rating"}))
                            @QueryParam("sort") String sort,
                            @BeanParam KeysetPageParams paging) {
        ProductFilter filter = new ProductFilter(blankToNull(category), amount("minPrice", minPrice), amount("maxPrice", maxPrice),
                inStock, blankToNull(q));
        int size = paging.limit();
        CursorPagination.Slice<ProductReads.Keyed> slice = CursorPagination.slice(
                reads.page(filter, sort(sort), paging.cursor(), size + 1), size, ProductReads.Keyed::position);
        return new ProductPage(slice.items().stream().map(ProductReads.Keyed::card).toList(), slice.pagination());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "An active product by its slug: images, category path, rating")
    public ProductEnvelope product(@PathParam("slug") String slug) {
        return new ProductEnvelope(reads.bySlug(slug).orElseThrow(() -> Problems.notFound("Product not found")));
    }

    @POST
    @PerUserRateLimit("writes")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a product to the catalog (ADMIN); its slug comes from its name")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the product's page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductEnvelope.class)))
    @ErrorAnswer(status = 409, description = "Another product has this SKU")
    public RestResponse<ProductEnvelope> create(@Valid @NotNull CreateProductRequest request) {
        ProductEnvelope body = new ProductEnvelope(written(writes.create(request)));
        return RestResponse.ResponseBuilder.<ProductEnvelope>created(URI.create("/api/products/" + body.product().slug()))
                .entity(body).build();
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a product (ADMIN); `active: false` archives it")
    @ErrorAnswer(status = 409, description = "Another product has this SKU")
    public ProductEnvelope update(@PathParam("id") UUID id, @Valid @NotNull UpdateProductRequest request) {
        writes.update(id, request);
        return new ProductEnvelope(written(id));
    }

    @POST
    @PerUserRateLimit("writes")
    @Path("/{id}/archive")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Archive a product (ADMIN): it leaves the catalog, its orders and reviews stay")
    public ProductEnvelope archive(@PathParam("id") UUID id) {
        writes.archive(id);
        return new ProductEnvelope(written(id));
    }

    @POST
    @PerUserRateLimit("writes")
    @Path("/{id}/stock-adjustments")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add or remove stock, with the reason (ADMIN); recorded")
    @APIResponse(responseCode = "201", description = "Adjusted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockAdjustment.class)))
    @ErrorAnswer(status = 409, description = "The stock would go below zero")
    public RestResponse<StockAdjustment> adjustStock(@PathParam("id") UUID id, @Valid @NotNull StockAdjustmentRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, writes.adjustStock(Viewer.of(identity), id, request.delta(), request.reason()));
    }

    private CatalogDtos.ProductDetail written(UUID id) {
        return reads.byId(id).orElseThrow(() -> Problems.notFound("Product not found"));
    }

    private static ProductSort sort(String value) {
        if (value == null || value.isBlank()) {
            return ProductSort.NEWEST;
        }
        try {
            return ProductSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", "sort", "must be newest, price, price_desc or rating");
        }
    }

    private static BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!AMOUNT.matcher(value.strip()).matches()) {
            throw Problems.invalid("query", name, "must be an amount such as 19.90");
        }
        return new BigDecimal(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
