package dev.plume.content;

import dev.plume.identity.UserChanged;
import dev.plume.platform.cache.ReadCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Which cached reads each kind of content write makes stale (the seeds' revalidateTag). */
@ApplicationScoped
class ContentInvalidation {

    private final ReadCache cache;
    private final ContentCaches caches;

    ContentInvalidation(ReadCache cache, ContentCaches caches) {
        this.cache = cache;
        this.caches = caches;
    }

    /** A post was written, published or deleted: it, the feed and every count of posts. */
    void post(String slug) {
        cache.invalidate(caches.postDetail, slug);
        cache.invalidateAll(caches.feedFirstPage, caches.categories, caches.tags, caches.stats);
    }

    /** A comment or like changed a post's counts. */
    void discussion(String slug) {
        cache.invalidate(caches.postDetail, slug);
        cache.invalidateAll(caches.feedFirstPage, caches.stats);
    }

    /** Categories are shown in every post and feed item. */
    void categories() {
        cache.invalidateAll(caches.categories, caches.postDetail, caches.feedFirstPage, caches.stats);
    }

    void tags() {
        cache.invalidateAll(caches.tags);
    }

    /** A user's name or picture is shown with their posts; a deleted user's posts leave every read. */
    void user(@Observes UserChanged change) {
        cache.invalidateAll(caches.postDetail, caches.feedFirstPage, caches.categories, caches.tags, caches.stats);
    }
}
