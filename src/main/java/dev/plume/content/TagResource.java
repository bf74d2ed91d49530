package dev.plume.content;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.content.TagDtos.CreateTagRequest;
import dev.plume.content.TagDtos.TagEnvelope;
import dev.plume.content.TagDtos.TagList;
import dev.plume.platform.cache.ReadCache;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.Rendered;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

@Path("/api/tags")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class TagResource {

    private final TagReads reads;
    private final TagWrites writes;
    private final ReadCache cache;
    private final ContentCaches caches;

    TagResource(TagReads reads, TagWrites writes, ReadCache cache, ContentCaches caches) {
        this.reads = reads;
        this.writes = writes;
        this.cache = cache;
        this.caches = caches;
    }

    @GET
    @Operation(summary = "All tags with their visible-post counts")
    @APIResponse(responseCode = "200", description = "The tags",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagList.class)))
    public Uni<Rendered> list() {
        return cache.rendered(caches.tags, "all", () -> new TagList(reads.all()));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One tag with its visible-post count")
    public TagEnvelope get(@PathParam("slug") String slug) {
        return new TagEnvelope(reads.bySlug(slug).orElseThrow(() -> Problems.notFound("Tag not found")));
    }

    @POST
    @PerUserRateLimit("writes")
    @RolesAllowed("MODERATOR")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a tag (MODERATOR and up); its slug comes from its name")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagEnvelope.class)))
    @ErrorAnswer(status = 409, description = "A tag with this name or slug exists")
    public RestResponse<TagEnvelope> create(@Valid @NotNull CreateTagRequest request) {
        TagEnvelope body = new TagEnvelope(writes.create(request.name()));
        return RestResponse.ResponseBuilder.<TagEnvelope>created(URI.create("/api/tags/" + body.tag().slug())).entity(body).build();
    }
}
