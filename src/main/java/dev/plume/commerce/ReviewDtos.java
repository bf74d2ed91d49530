package dev.plume.commerce;

import dev.plume.platform.page.CursorPagination;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class ReviewDtos {

    private ReviewDtos() {
    }

    public record ReviewRequest(@Schema(examples = "5") @NotNull @Min(1) @Max(5) Integer rating,
                                @Schema(nullable = true) @Size(max = 200) String title,
                                @Schema(nullable = true) @Size(max = 5_000) String comment) {
    }

    public record Reviewer(UUID id, @Schema(nullable = true) String name) {
    }

    public record ReviewView(UUID id, UUID productId, int rating, @Schema(nullable = true) String title,
                             @Schema(nullable = true) String comment, Reviewer reviewer, Instant createdAt) {
    }

    public record ReviewPage(List<ReviewView> reviews, CursorPagination pagination) {
    }
}
