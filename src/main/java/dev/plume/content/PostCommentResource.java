package dev.plume.content;

import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.content.CommentDtos.CommentEnvelope;
import dev.plume.content.CommentDtos.ThreadPage;
import dev.plume.content.CommentDtos.WriteCommentRequest;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.Limit;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** The comments of one post: its top-level thread, and writing into it. */
@Path("/api/posts/{id}/comments")
@Tag(name = "Comments")
public class PostCommentResource {

    private final CommentReads reads;
    private final SecurityIdentity identity;
    private final ContentInvalidation invalidation;

    PostCommentResource(CommentReads reads, SecurityIdentity identity, ContentInvalidation invalidation) {
        this.reads = reads;
        this.identity = identity;
        this.invalidation = invalidation;
    }

    @GET
    @Operation(summary = "Top-level comments of a published post, oldest first, each with its reply count")
    public ThreadPage comments(@PathParam("id") UUID postId, @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.STRING)) @QueryParam("limit") String limit, @Context UriInfo uri, @QueryParam("cursor") String cursor) {
        int size = Limit.of(uri);
        Cursor after = Cursor.decode(cursor);
        if (Post.visibleSlug(postId).isEmpty()) {
            throw Problems.notFound("Post not found");
        }
        return CommentResource.page(reads.topLevel(postId, after, size + 1), size);
    }

    @POST
    @PerUserRateLimit("writes")
    @Authenticated
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Comment on a published post, or reply to one of its comments")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentEnvelope.class)))
    public RestResponse<CommentEnvelope> write(@PathParam("id") UUID postId, @Valid @NotNull WriteCommentRequest request) {
        Viewer viewer = Viewer.of(identity);
        String slug = Post.visibleSlug(postId).orElseThrow(() -> Problems.notFound("Post not found"));
        if (request.parentId() != null) {
            Comment parent = Comment.findById(request.parentId());
            if (parent == null || parent.deletedAt != null || !parent.postId.equals(postId)) {
                throw Problems.invalid("body", "parentId", "no live comment of this post has this id");
            }
        }
        Comment comment = Comment.write(postId, request.parentId(), viewer.id(), request.trimmed());
        invalidation.discussion(slug);
        return RestResponse.ResponseBuilder.<CommentEnvelope>created(URI.create("/api/comments/" + comment.id)).entity(CommentResource.envelope(comment, viewer)).build();
    }
}
