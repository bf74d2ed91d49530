package dev.plume.content;

import java.util.UUID;

/** Optional narrowing of the published feed: category and tag slugs, author id, search text. */
public record FeedFilter(String category, String tag, UUID author, String query) {

    public static final FeedFilter NONE = new FeedFilter(null, null, null, null);
}
