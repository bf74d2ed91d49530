package dev.plume.content;

import dev.plume.platform.database.Sql;

import java.util.UUID;

/** Optional narrowing of the published feed: category and tag slugs, author id, search text. */
public record FeedFilter(String category, String tag, UUID author, String query) {

    public static final FeedFilter NONE = new FeedFilter(null, null, null, null);

    /** The conditions of the given fields, on the visible posts {@code p}. */
    String where() {
        return (category == null ? "" : " and p.category_id = (select id from categories where slug = :category)")
                + (tag == null ? "" : " and exists (select 1 from post_tags pt join tags t on t.id = pt.tag_id"
                        + " where pt.post_id = p.id and t.slug = :tag)")
                + (author == null ? "" : " and p.author_id = :author")
                + (query == null ? "" : " and p.search @@ websearch_to_tsquery('english', :query)");
    }

    Sql bind(Sql statement) {
        if (category != null) {
            statement.bind("category", category);
        }
        if (tag != null) {
            statement.bind("tag", tag);
        }
        if (author != null) {
            statement.bind("author", author);
        }
        if (query != null) {
            statement.bind("query", query);
        }
        return statement;
    }
}
