package dev.plume.content;

import dev.plume.platform.database.Conditions;

import java.util.UUID;

/** Optional narrowing of the published feed: category and tag slugs, author id, search text. */
public record FeedFilter(String category, String tag, UUID author, String query) {

    public static final FeedFilter NONE = new FeedFilter(null, null, null, null);

    /** The conditions of the given fields, on the visible posts {@code p}. */
    Conditions conditions() {
        return new Conditions()
                .and("p.category_id = (select id from categories where slug = :category)", "category", category)
                .and("exists (select 1 from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = p.id and t.slug = :tag)",
                        "tag", tag)
                .and("p.author_id = :author", "author", author)
                .and("p.search @@ websearch_to_tsquery('english', :query)", "query", query);
    }
}
