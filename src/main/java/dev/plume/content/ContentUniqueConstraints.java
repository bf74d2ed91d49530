package dev.plume.content;

import dev.plume.platform.error.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

@ApplicationScoped
class ContentUniqueConstraints implements UniqueConstraints {

    @Override
    public Map<String, String> fieldsByConstraint() {
        return Map.of("posts_slug_key", "slug", "categories_name_key", "name", "categories_slug_key", "slug",
                "tags_name_key", "name", "tags_slug_key", "slug");
    }
}
