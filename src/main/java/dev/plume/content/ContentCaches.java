package dev.plume.content;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.inject.Singleton;

/** The cached reads of content (sizes and expiries in application.properties); a singleton, so its fields are read directly. */
@Singleton
class ContentCaches {

    final Cache postDetail;
    final Cache feedFirstPage;
    final Cache categories;
    final Cache tags;
    final Cache stats;

    ContentCaches(@CacheName("post-detail") Cache postDetail, @CacheName("feed-first-page") Cache feedFirstPage,
                  @CacheName("categories") Cache categories, @CacheName("tags") Cache tags, @CacheName("stats") Cache stats) {
        this.postDetail = postDetail;
        this.feedFirstPage = feedFirstPage;
        this.categories = categories;
        this.tags = tags;
        this.stats = stats;
    }
}
