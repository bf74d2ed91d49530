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
            @Schema(examples = "Great write-up, thanks!", description = "1 to 10,000 characters after trimming")
            @NotNull @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 10_000) String content,
            @Schema(description = "The comment this one replies to") UUID parentId) {

        String trimmed() {
            return content.strip();
        }
    }

    public record EditCommentRequest(
            @NotNull @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 10_000) String content) {
    }

    public record CommentView(UUID id, String content, UUID parentId, UUID postId, Instant createdAt, AuthorSummary author) {
    }

    public record CommentEnvelope(CommentView comment) {
    }

    public record ThreadComment(UUID id,
                                @Schema(description = "null when the comment was deleted (it keeps its place for its replies)")
                                String content,
                                UUID parentId, UUID postId, Instant createdAt, Instant updatedAt, boolean deleted,
                                @Schema(description = "null when the comment was deleted") AuthorSummary author,
                                long replyCount) {
    }

    public record ThreadPage(List<ThreadComment> comments, CursorPagination pagination) {
    }
}
