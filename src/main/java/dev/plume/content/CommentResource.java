package dev.plume.content;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.content.CommentDtos.CommentEnvelope;
import dev.plume.content.CommentDtos.EditCommentRequest;
import dev.plume.content.CommentDtos.ThreadComment;
import dev.plume.content.CommentDtos.ThreadPage;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** One comment: reading it, its replies, editing and deleting it. */
@Path("/api/comments/{id}")
@Tag(name = "Comments")
public class CommentResource {

    private final CommentReads reads;
    private final CommentWrites writes;
    private final SecurityIdentity identity;

    CommentResource(CommentReads reads, CommentWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "A visible comment")
    public CommentEnvelope comment(@PathParam("id") UUID id) {
        return new CommentEnvelope(reads.visible(id).orElseThrow(() -> Problems.notFound("Comment not found")));
    }

    @GET
    @Path("/replies")
    @Operation(summary = "Replies to a comment of a visible post, oldest first")
    public ThreadPage replies(@PathParam("id") UUID commentId, @BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        Cursor after = paging.cursor();
        if (!reads.inVisibleThread(commentId)) {
            throw Problems.notFound("Comment not found");
        }
        return page(reads.replies(commentId, after, size + 1), size);
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit a comment (its author only)")
    @ErrorAnswer(status = 403, description = "Not its author")
    public CommentEnvelope edit(@PathParam("id") UUID id, @Valid @NotNull EditCommentRequest request) {
        return new CommentEnvelope(writes.edit(Viewer.of(identity), id, request.content()));
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a comment (its author, or a MODERATOR and up); replies keep their place")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorAnswer(status = 403, description = "Neither its author nor a MODERATOR")
    public Response delete(@PathParam("id") UUID id) {
        writes.delete(Viewer.of(identity), id);
        return Response.noContent().build();
    }

    static ThreadPage page(List<ThreadComment> fetched, int size) {
        CursorPagination.Slice<ThreadComment> slice =
                CursorPagination.slice(fetched, size, comment -> new Cursor(comment.createdAt(), comment.id()));
        return new ThreadPage(slice.items(), slice.pagination());
    }
}
