package dev.plume.content;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.content.CategoryDtos.CategoryEnvelope;
import dev.plume.content.CategoryDtos.CategoryList;
import dev.plume.content.CategoryDtos.PatchCategoryRequest;
import dev.plume.content.CategoryDtos.PutCategoryRequest;
import dev.plume.platform.cache.ReadCache;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.Rendered;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

@Path("/api/categories")
@Tag(name = "Categories")
public class CategoryResource {

    private final CategoryReads reads;
    private final CategoryWrites writes;
    private final ReadCache cache;
    private final ContentCaches caches;

    CategoryResource(CategoryReads reads, CategoryWrites writes, ReadCache cache, ContentCaches caches) {
        this.reads = reads;
        this.writes = writes;
        this.cache = cache;
        this.caches = caches;
    }

    @GET
    @Operation(summary = "All categories with their visible-post counts")
    @APIResponse(responseCode = "200", description = "The categories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryList.class)))
    public Uni<Rendered> list() {
        return cache.rendered(caches.categories, "all", () -> new CategoryList(reads.all()));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One category with its visible-post count")
    public CategoryEnvelope get(@PathParam("slug") String slug) {
        return new CategoryEnvelope(reads.bySlug(slug).orElseThrow(() -> Problems.notFound("Category not found")));
    }

    @PUT
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create the category with this slug, or replace its name and description (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryEnvelope.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryEnvelope.class)))
    @ErrorAnswer(status = 409, description = "Another category has this name")
    public RestResponse<CategoryEnvelope> put(@PathParam("slug") String slug, @Valid @NotNull PutCategoryRequest request) {
        CategoryWrites.Put put = writes.put(slug, request);
        CategoryEnvelope body = new CategoryEnvelope(put.category());
        return put.created()
                ? RestResponse.ResponseBuilder.<CategoryEnvelope>created(URI.create("/api/categories/" + slug)).entity(body).build()
                : RestResponse.ok(body);
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a category's name, slug or description (ADMIN)")
    @ErrorAnswer(status = 409, description = "Another category has this name or slug")
    public CategoryEnvelope patch(@PathParam("slug") String slug, @Valid @NotNull PatchCategoryRequest request) {
        return new CategoryEnvelope(writes.patch(slug, request));
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a category (ADMIN); its posts stay, without a category")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("slug") String slug) {
        writes.delete(slug);
        return Response.noContent().build();
    }
}
