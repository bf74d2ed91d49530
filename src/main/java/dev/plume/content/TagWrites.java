package dev.plume.content;

import dev.plume.content.TagDtos.TagWithCount;
import dev.plume.platform.error.Problems;
import dev.plume.platform.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Creating tags; a name and the slug made from it are unique. */
@ApplicationScoped
@Transactional
public class TagWrites {

    private final ContentInvalidation invalidation;

    TagWrites(ContentInvalidation invalidation) {
        this.invalidation = invalidation;
    }

    public TagWithCount create(String name) {
        String trimmed = name.strip();
        String slug = Slugs.of(trimmed);
        if (Tag.taken(trimmed, slug)) {
            throw Problems.conflict("name", "a tag with this name or slug exists");
        }
        Tag tag = new Tag();
        tag.name = trimmed;
        tag.slug = slug;
        tag.persistAndFlush();
        invalidation.tags();
        return new TagWithCount(tag.id, trimmed, slug, 0);
    }
}
