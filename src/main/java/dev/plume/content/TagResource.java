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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static dev.plume.platform.database.Rows.count;
import static dev.plume.platform.database.Rows.text;
import static dev.plume.platform.database.Rows.uuid;

@Path("/api/tags")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class TagResource {

    private static final String WITH_COUNTS = """
            select t.id, t.name, t.slug,
                   (select count(*) from post_tags pt join posts p on p.id = pt.post_id join users u on u.id = p.author_id
                     where pt.tag_id = t.id and\s""" + PostReads.VISIBLE + """
            ) as post_count
            from tags t order by t.name""";

    public record TagView(UUID id, String name, String slug, long postCount) {
    }

    public record TagList(List<TagView> tags) {
    }

    public record TagEnvelope(TagView tag) {
    }

    public record CreateTagRequest(@NotBlank @Size(max = 40) String name) {
    }

    private final ReadCache cache;
    private final ContentInvalidation invalidation;

    TagResource(ReadCache cache, ContentInvalidation invalidation) {
        this.cache = cache;
        this.invalidation = invalidation;
    }

    @GET
    @Operation(summary = "All tags with their published-post counts")
    @APIResponse(responseCode = "200", description = "The tags", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagList.class)))
    public Uni<Rendered> list() {
        return cache.rendered(ReadCache.TAGS, "all", () -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = Panache.getEntityManager().createNativeQuery(WITH_COUNTS, Tuple.class).getResultList();
            return new TagList(rows.stream().map(row -> new TagView(uuid(row, "id"), text(row, "name"), text(row, "slug"),
                    count(row, "post_count"))).toList());
        });
    }

    @POST
    @PerUserRateLimit("writes")
    @RolesAllowed("MODERATOR")
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a tag (MODERATOR and up); its slug comes from its name")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagEnvelope.class)))
    public RestResponse<TagEnvelope> create(@Valid @NotNull CreateTagRequest request) {
        String name = request.name().strip();
        String slug = Slugs.of(name);
        if (Tag.taken(name, slug)) {
            throw Problems.conflict("name", "a tag with this name or slug exists");
        }
        Tag tag = new Tag();
        tag.name = name;
        tag.slug = slug;
        tag.persistAndFlush();
        invalidation.tags();
        return RestResponse.ResponseBuilder.<TagEnvelope>created(URI.create("/api/tags/" + slug)).entity(new TagEnvelope(new TagView(tag.id, name, slug, 0))).build();
    }
}
