package dev.plume.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

public final class CategoryDtos {

    private CategoryDtos() {
    }

    public record CategoryView(UUID id, String name, String slug, @Schema(nullable = true) String description,
                               @Schema(description = "Visible posts in the category") long postCount) {
    }

    public record CategoryList(List<CategoryView> categories) {
    }

    public record CategoryEnvelope(CategoryView category) {
    }

    public record PutCategoryRequest(@NotBlank @Size(max = 60) String name,
                                     @Schema(nullable = true) @Size(max = 500) String description) {
    }

    /** Absent (null) fields stay as they are. */
    public record PatchCategoryRequest(@Schema(nullable = true) @Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*",
                                               message = "must not be blank") String name,
                                       @Schema(nullable = true) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 80) String slug,
                                       @Schema(nullable = true) @Size(max = 500) String description) {
    }
}
