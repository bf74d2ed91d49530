package dev.plume.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

public final class StatsDtos {

    private StatsDtos() {
    }

    public record Totals(@Schema(description = "Users not deleted") long users,
                         @Schema(description = "Posts in any status, not deleted, by authors not deleted") long posts,
                         @Schema(description = "Visible posts: published, not deleted, by authors not deleted") long publishedPosts,
                         @Schema(description = "Comments of visible posts, not deleted, by authors not deleted") long comments,
                         @Schema(description = "Likes of visible posts") long likes,
                         long categories,
                         long tags) {
    }

    public record TopAuthor(UUID id, @Schema(nullable = true) String name, @Schema(nullable = true) String image,
                            @Schema(description = "Their visible posts") long publishedPosts) {
    }

    public record CategoryCount(UUID id, String name, String slug, @Schema(description = "Its visible posts") long posts) {
    }

    public record Stats(Totals totals,
                        @Schema(description = "The ten authors with most visible posts, most first") List<TopAuthor> topAuthors,
                        @Schema(description = "Every category, most visible posts first") List<CategoryCount> postsPerCategory) {
    }
}
