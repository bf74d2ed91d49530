package dev.plume.content;

import dev.plume.content.PostDtos.AuthorSummary;
import dev.plume.platform.page.CursorPagination;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class CommentDtos {

    private CommentDtos() {
    }

    public record WriteCommentRequest(
            @Schema(examples = "Great write-up, thanks!", description = "1 to 10,000 characters, not only white space")
            @NotNull @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 10_000) String content,
            @Schema(nullable = true, description = "The comment this one replies to") UUID parentId) {
    }

    public record EditCommentRequest(
            @Schema(description = "1 to 10,000 characters, not only white space")
            @NotNull @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 10_000) String content) {
    }

    public record CommentView(UUID id, String content, @Schema(nullable = true) UUID parentId, UUID postId, Instant createdAt,
                              AuthorSummary author) {
    }

    public record CommentEnvelope(CommentView comment) {
    }

    public record ThreadComment(UUID id,
                                @Schema(nullable = true, description = "null when the comment or its author was deleted "
                                        + "(it keeps its place for its replies)")
                                String content,
                                @Schema(nullable = true) UUID parentId, UUID postId, Instant createdAt, Instant updatedAt,
                                @Schema(description = "The comment or its author was deleted; content and author are withheld")
                                boolean deleted,
                                @Schema(nullable = true, description = "null when the comment or its author was deleted")
                                AuthorSummary author,
                                @Schema(description = "Replies that are not deleted and whose authors are not deleted")
                                long replyCount) {
    }

    public record ThreadPage(List<ThreadComment> comments, CursorPagination pagination) {
    }
}
