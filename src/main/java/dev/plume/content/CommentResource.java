package dev.plume.content;

import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.content.CommentDtos.CommentEnvelope;
import dev.plume.content.CommentDtos.CommentView;
import dev.plume.content.CommentDtos.EditCommentRequest;
import dev.plume.content.CommentDtos.ThreadComment;
import dev.plume.content.CommentDtos.ThreadPage;
import dev.plume.content.PostDtos.AuthorSummary;
import dev.plume.identity.Role;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.Limit;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** One comment: its replies, editing and deleting it. */
@Path("/api/comments/{id}")
@Tag(name = "Comments")
public class CommentResource {

    private final CommentReads reads;
    private final SecurityIdentity identity;
    private final ContentInvalidation invalidation;

    CommentResource(CommentReads reads, SecurityIdentity identity, ContentInvalidation invalidation) {
        this.reads = reads;
        this.identity = identity;
        this.invalidation = invalidation;
    }

    @GET
    @Path("/replies")
    @Operation(summary = "Replies to a comment, oldest first")
    public ThreadPage replies(@PathParam("id") UUID commentId, @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.STRING)) @QueryParam("limit") String limit, @Context UriInfo uri, @QueryParam("cursor") String cursor) {
        int size = Limit.of(uri);
        Cursor after = Cursor.decode(cursor);
        Comment parent = Comment.findById(commentId);
        if (parent == null || Post.visibleSlug(parent.postId).isEmpty()) {
            throw Problems.notFound("Comment not found");
        }
        return page(reads.replies(commentId, after, size + 1), size);
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Authenticated
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit a comment (its author only)")
    public CommentEnvelope edit(@PathParam("id") UUID id, @Valid @NotNull EditCommentRequest request) {
        Viewer viewer = Viewer.of(identity);
        Comment comment = Comment.findOnVisiblePost(id).orElseThrow(() -> Problems.notFound("Comment not found"));
        if (!comment.authorId.equals(viewer.id())) {
            throw Problems.forbidden("Only the author may edit this comment");
        }
        comment.content = request.content().strip();
        comment.flush();
        return envelope(comment, viewer);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Authenticated
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a comment (its author, or a MODERATOR and up); replies keep their place")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        Comment comment = Comment.findOnVisiblePost(id).orElseThrow(() -> Problems.notFound("Comment not found"));
        if (!Viewer.of(identity).mayChange(comment.authorId, Role.MODERATOR)) {
            throw Problems.forbidden("Only the author or a moderator may delete this comment");
        }
        comment.softDelete();
        Post.visibleSlug(comment.postId).ifPresent(invalidation::discussion);
        return Response.noContent().build();
    }

    static ThreadPage page(List<ThreadComment> fetched, int size) {
        CursorPagination.Slice<ThreadComment> slice =
                CursorPagination.slice(fetched, size, comment -> new Cursor(comment.createdAt(), comment.id()));
        return new ThreadPage(slice.items(), slice.pagination());
    }

    static CommentEnvelope envelope(Comment comment, Viewer author) {
        return new CommentEnvelope(new CommentView(comment.id, comment.content, comment.parentId, comment.postId,
                comment.createdAt, new AuthorSummary(author.id(), author.name(), author.image())));
    }
}
