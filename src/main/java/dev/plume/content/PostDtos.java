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

    public record AuthorSummary(UUID id, String name, String image) {
    }

    public record AuthorDetail(UUID id, String name, String image, Role role) {
    }

    public record CategorySummary(String name, String slug) {
    }

    public record CategoryDetail(UUID id, String name, String slug, String description) {
    }

    public record TagView(UUID id, String name, String slug) {
    }

    public record Counts(long comments, long likes) {
    }

    public record FeedItem(UUID id, String title, String slug, String excerpt, String image, Instant publishedAt,
                           AuthorSummary author, CategorySummary category, Counts counts) {
    }

    public record FeedPage(List<FeedItem> posts, CursorPagination pagination) {
    }

    public record FeedOffsetPage(List<FeedItem> posts, OffsetPagination pagination) {
    }

    public record PostDetail(UUID id, String title, String slug, String excerpt, String content, String image,
                             PostStatus status, Instant publishedAt, Instant createdAt, Instant updatedAt,
                             AuthorDetail author, CategoryDetail category, List<TagView> tags, Counts counts) {
    }

    public record PostEnvelope(PostDetail post) {
    }

    public record SearchHit(UUID id, String title, String slug, String excerpt, Instant publishedAt, float rank,
                            @Schema(description = "With snippets=true: the best matching passage of the content, matches inside <mark></mark>; otherwise null")
                            String snippet) {
    }

    public record SearchResults(List<SearchHit> posts) {
    }

    public record MyPost(UUID id, String title, String slug, String excerpt, PostStatus status, Instant publishedAt,
                         Instant createdAt, Instant updatedAt, CategorySummary category, Counts counts) {
    }

    public record MyPostsPage(List<MyPost> posts, CursorPagination pagination) {
    }

    public record CreatePostRequest(
            @Schema(examples = "Keyset pagination in PostgreSQL") @NotBlank @Size(max = 100) String title,
            @Schema(examples = "Offsets get slower with every page; a keyset does not.") @NotNull @Size(min = 10, max = 100_000) String content,
            @Size(max = 300) String excerpt,
            @Size(max = 2048) String image,
            UUID categoryId,
            @Schema(description = "Tag slugs, at most five", examples = "[\"postgresql\", \"performance\"]")
            @Size(max = 5) List<@NotBlank String> tags,
            @Schema(description = "DRAFT (default) or PUBLISHED") @Pattern(regexp = "DRAFT|PUBLISHED") String status) {
    }

    /** A partial change: absent (null) fields stay as they are. */
    public record UpdatePostRequest(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
            @Size(min = 10, max = 100_000) String content,
            @Size(max = 300) String excerpt,
            @Size(max = 2048) String image,
            UUID categoryId,
            @Size(max = 5) List<@NotBlank String> tags,
            @Pattern(regexp = "DRAFT|PUBLISHED|ARCHIVED") String status) {
    }

    public record CreatedPost(UUID id, String slug) {
    }

    public record Views(UUID postId, boolean counted) {
    }
}
