package dev.plume.content;

import dev.plume.platform.cache.ReadCache;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.slug.Slugs;
import dev.plume.platform.web.Rendered;
import io.quarkus.hibernate.orm.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.UUID;

import static dev.plume.platform.database.Rows.count;
import static dev.plume.platform.database.Rows.text;
import static dev.plume.platform.database.Rows.uuid;

@Path("/api/categories")
@Tag(name = "Categories")
public class CategoryResource {

    private static final String WITH_COUNTS = """
            select c.id, c.name, c.slug, c.description,
                   (select count(*) from posts p join users u on u.id = p.author_id
                     where p.category_id = c.id and\s""" + PostReads.VISIBLE + """
            ) as post_count
            from categories c""";

    public record CategoryView(UUID id, String name, String slug, String description, long postCount) {
    }

    public record CategoryList(List<CategoryView> categories) {
    }

    public record CategoryEnvelope(CategoryView category) {
    }

    public record PutCategoryRequest(@NotBlank @Size(max = 60) String name, @Size(max = 500) String description) {
    }

    public record PatchCategoryRequest(@Size(min = 1, max = 60) String name,
                                       @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 80) String slug,
                                       @Size(max = 500) String description) {
    }

    private final ReadCache cache;
    private final ContentInvalidation invalidation;

    CategoryResource(ReadCache cache, ContentInvalidation invalidation) {
        this.cache = cache;
        this.invalidation = invalidation;
    }

    @GET
    @Operation(summary = "All categories with their published-post counts")
    @APIResponse(responseCode = "200", description = "The categories", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryList.class)))
    public Uni<Rendered> list() {
        return cache.rendered(ReadCache.CATEGORIES, "all", () -> new CategoryList(query(WITH_COUNTS + " order by c.name", null)));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One category with its published-post count")
    public CategoryEnvelope get(@PathParam("slug") String slug) {
        return new CategoryEnvelope(bySlug(slug));
    }

    @PUT
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @RolesAllowed("ADMIN")
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create the category with this slug, or replace its name and description (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryEnvelope.class)))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryEnvelope.class)))
    public RestResponse<CategoryEnvelope> put(@PathParam("slug") String slug, @Valid @NotNull PutCategoryRequest request) {
        if (!slug.equals(Slugs.of(slug))) {
            throw Problems.invalid("path", "slug", "must be lowercase words joined by hyphens");
        }
        Category category = Category.findBySlug(slug).orElse(null);
        boolean created = category == null;
        if (created) {
            category = new Category();
            category.slug = slug;
        }
        if (Category.nameTakenByOther(request.name().strip(), category.id)) {
            throw Problems.conflict("name", "another category has this name");
        }
        category.name = request.name().strip();
        category.description = request.description();
        category.persistAndFlush();
        invalidation.categories();
        CategoryEnvelope body = new CategoryEnvelope(bySlug(slug));
        return created ? RestResponse.ResponseBuilder.<CategoryEnvelope>created(URI.create("/api/categories/" + slug)).entity(body).build() : RestResponse.ok(body);
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @RolesAllowed("ADMIN")
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a category's name, slug or description (ADMIN)")
    public CategoryEnvelope patch(@PathParam("slug") String slug, @Valid @NotNull PatchCategoryRequest request) {
        Category category = Category.findBySlug(slug).orElseThrow(() -> Problems.notFound("Category not found"));
        if (request.name() != null) {
            if (Category.nameTakenByOther(request.name().strip(), category.id)) {
                throw Problems.conflict("name", "another category has this name");
            }
            category.name = request.name().strip();
        }
        if (request.slug() != null && !request.slug().equals(category.slug)) {
            if (Category.findBySlug(request.slug()).isPresent()) {
                throw Problems.conflict("slug", "another category has this slug");
            }
            category.slug = request.slug();
        }
        if (request.description() != null) {
            category.description = request.description();
        }
        category.flush();
        invalidation.categories();
        return new CategoryEnvelope(bySlug(category.slug));
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @RolesAllowed("ADMIN")
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a category (ADMIN); its posts stay, without a category")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("slug") String slug) {
        if (Category.delete("slug", slug) == 0) {
            throw Problems.notFound("Category not found");
        }
        invalidation.categories();
        return Response.noContent().build();
    }

    private static CategoryView bySlug(String slug) {
        return query(WITH_COUNTS + " where c.slug = :slug", slug).stream().findFirst()
                .orElseThrow(() -> Problems.notFound("Category not found"));
    }

    private static List<CategoryView> query(String sql, String slug) {
        var query = Panache.getEntityManager().createNativeQuery(sql, Tuple.class);
        if (slug != null) {
            query.setParameter("slug", slug);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new CategoryView(uuid(row, "id"), text(row, "name"), text(row, "slug"),
                text(row, "description"), count(row, "post_count"))).toList();
    }
}
