package dev.plume.content;

import dev.plume.identity.Role;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.OffsetPagination;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON of the post endpoints; the read shapes are those of shared/bench/CONTRACT.md. */
public final class PostDtos {

    private PostDtos() {
    }

    public record AuthorSummary(UUID id, @Schema(nullable = true) String name, @Schema(nullable = true) String image) {
    }

    public record AuthorDetail(UUID id, @Schema(nullable = true) String name, @Schema(nullable = true) String image, Role role) {
    }

    public record CategorySummary(String name, String slug) {
    }

    public record CategoryDetail(UUID id, String name, String slug, @Schema(nullable = true) String description) {
    }

    public record TagView(UUID id, String name, String slug) {
    }

    public record Counts(long comments, long likes) {
    }

    public record FeedItem(UUID id, String title, String slug, @Schema(nullable = true) String excerpt,
                           @Schema(nullable = true) String image, Instant publishedAt, AuthorSummary author,
                           @Schema(nullable = true) CategorySummary category, Counts counts) {
    }

    public record FeedPage(List<FeedItem> posts, CursorPagination pagination) {
    }

    public record FeedOffsetPage(List<FeedItem> posts, OffsetPagination pagination) {
    }

    public record PostDetail(UUID id, String title, String slug, @Schema(nullable = true) String excerpt, String content,
                             @Schema(nullable = true) String image, PostStatus status, Instant publishedAt, Instant createdAt,
                             Instant updatedAt, AuthorDetail author, @Schema(nullable = true) CategoryDetail category,
                             List<TagView> tags, Counts counts) {
    }

    public record PostEnvelope(PostDetail post) {
    }

    public record SearchHit(UUID id, String title, String slug, @Schema(nullable = true) String excerpt, Instant publishedAt,
                            float rank,
                            @Schema(nullable = true, description = "With snippets=true: the best matching passage of the content as HTML "
                                    + "text, everything escaped but the matches, which are inside <mark></mark>; otherwise null")
                            String snippet) {
    }

    public record SearchResults(List<SearchHit> posts) {
    }

    public record MyPost(UUID id, String title, String slug, @Schema(nullable = true) String excerpt, PostStatus status,
                         @Schema(nullable = true, description = "null until first published") Instant publishedAt,
                         Instant createdAt, Instant updatedAt, @Schema(nullable = true) CategorySummary category, Counts counts) {
    }

    public record MyPostsPage(List<MyPost> posts, CursorPagination pagination) {
    }

    public record CreatePostRequest(
            @Schema(examples = "Keyset pagination in PostgreSQL") @NotBlank @Size(max = 100) String title,
            @Schema(examples = "Offsets get slower with every page; a keyset does not.") @NotNull @Size(min = 10, max = 100_000) String content,
            @Schema(nullable = true) @Size(max = 300) String excerpt,
            @Schema(nullable = true) @Size(max = 2048) String image,
            @Schema(nullable = true) UUID categoryId,
            @Schema(nullable = true, description = "Tag slugs, at most five", examples = "[\"postgresql\", \"performance\"]")
            @Size(max = 5) List<@NotBlank String> tags,
            @Schema(nullable = true, description = "DRAFT (default) or PUBLISHED", enumeration = {"DRAFT", "PUBLISHED"})
            @Pattern(regexp = "DRAFT|PUBLISHED") String status) {
    }

    /** A partial change: absent (null) fields stay as they are. */
    public record UpdatePostRequest(
            @Schema(nullable = true) @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
            @Schema(nullable = true) @Size(min = 10, max = 100_000) String content,
            @Schema(nullable = true) @Size(max = 300) String excerpt,
            @Schema(nullable = true) @Size(max = 2048) String image,
            @Schema(nullable = true) UUID categoryId,
            @Schema(nullable = true) @Size(max = 5) List<@NotBlank String> tags,
            @Schema(nullable = true, enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"})
            @Pattern(regexp = "DRAFT|PUBLISHED|ARCHIVED") String status) {
    }

    public record CreatedPost(UUID id, String slug) {
    }

    public record Views(UUID postId, boolean counted) {
    }

    public record LikeState(UUID postId, boolean liked, long likes) {
    }
}
