package dev.plume.content;

import dev.plume.content.CommentDtos.CommentEnvelope;
import dev.plume.content.CommentDtos.ThreadPage;
import dev.plume.content.CommentDtos.WriteCommentRequest;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** The comments of one post: its top-level thread, and writing into it. */
@Path("/api/posts/{id}/comments")
@Tag(name = "Comments")
public class PostCommentResource {

    private final PostReads posts;
    private final CommentReads reads;
    private final CommentWrites writes;
    private final SecurityIdentity identity;

    PostCommentResource(PostReads posts, CommentReads reads, CommentWrites writes, SecurityIdentity identity) {
        this.posts = posts;
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Top-level comments of a visible post, oldest first, each with its reply count")
    public ThreadPage comments(@PathParam("id") UUID postId, @BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        var after = paging.cursor();
        if (posts.visibleSlug(postId).isEmpty()) {
            throw Problems.notFound("Post not found");
        }
        return CommentResource.page(reads.topLevel(postId, after, size + 1), size);
    }

    @POST
    @PerUserRateLimit("writes")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Comment on a visible post, or reply to one of its comments")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentEnvelope.class)))
    public RestResponse<CommentEnvelope> write(@PathParam("id") UUID postId, @Valid @NotNull WriteCommentRequest request) {
        CommentEnvelope body = new CommentEnvelope(writes.write(Viewer.of(identity), postId, request.parentId(), request.content()));
        return RestResponse.ResponseBuilder.<CommentEnvelope>created(URI.create("/api/comments/" + body.comment().id()))
                .entity(body).build();
    }
}
