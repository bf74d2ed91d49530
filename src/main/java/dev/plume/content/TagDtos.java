package dev.plume.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

public final class TagDtos {

    private TagDtos() {
    }

    public record TagWithCount(UUID id, String name, String slug,
                               @Schema(description = "Visible posts with the tag") long postCount) {
    }

    public record TagList(List<TagWithCount> tags) {
    }

    public record TagEnvelope(TagWithCount tag) {
    }

    public record CreateTagRequest(@Schema(description = "Its slug is made from it") @NotBlank @Size(max = 40) String name) {
    }
}
