package dev.plume.content;

import dev.plume.identity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class AuthorDtos {

    private AuthorDtos() {
    }

    public record LatestPost(UUID id, String title, String slug, @Schema(nullable = true) String excerpt, Instant publishedAt) {
    }

    public record AuthorPage(UUID id, @Schema(nullable = true) String name, @Schema(nullable = true) String image, Role role,
                             Instant createdAt, @Schema(description = "Their visible posts") long postCount,
                             @Schema(description = "Their ten latest visible posts, newest first") List<LatestPost> latestPosts) {
    }

    public record AuthorEnvelope(AuthorPage user) {
    }
}
