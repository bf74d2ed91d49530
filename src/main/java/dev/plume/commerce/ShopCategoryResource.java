package dev.plume.commerce;

import dev.plume.commerce.CatalogDtos.CreateShopCategoryRequest;
import dev.plume.commerce.CatalogDtos.ShopCategoryList;
import dev.plume.commerce.CatalogDtos.ShopCategoryView;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The tree of shop categories (each names its parent). */
@Path("/api/shop-categories")
@Tag(name = "Products")
public class ShopCategoryResource {

    private final ProductReads reads;
    private final ProductWrites writes;

    ShopCategoryResource(ProductReads reads, ProductWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @GET
    @Operation(summary = "Every shop category, with its parent")
    public ShopCategoryList list() {
        return new ShopCategoryList(reads.categories());
    }

    @POST
    @PerUserRateLimit("writes")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a shop category, under a parent or at the root (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShopCategoryView.class)))
    @ErrorAnswer(status = 409, description = "Another shop category has this slug")
    public RestResponse<ShopCategoryView> create(@Valid @NotNull CreateShopCategoryRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, writes.createCategory(request));
    }
}
