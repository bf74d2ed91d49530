package dev.plume.content;

import dev.plume.platform.cache.ReadCache;
import dev.plume.identity.UserChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import static dev.plume.platform.cache.ReadCache.CATEGORIES;
import static dev.plume.platform.cache.ReadCache.FEED;
import static dev.plume.platform.cache.ReadCache.POST_DETAIL;
import static dev.plume.platform.cache.ReadCache.SESSIONS;
import static dev.plume.platform.cache.ReadCache.STATS;
import static dev.plume.platform.cache.ReadCache.TAGS;

/** Which cached reads each kind of content write makes stale (the seeds' revalidateTag). */
@ApplicationScoped
public class ContentInvalidation {

    private final ReadCache cache;

    ContentInvalidation(ReadCache cache) {
        this.cache = cache;
    }

    /** A post was written, published or deleted: it, the feed and every count of posts. */
    public void post(String slug) {
        cache.invalidate(POST_DETAIL, slug);
        cache.invalidateAll(FEED, CATEGORIES, TAGS, STATS);
    }

    /** A comment or like changed a post's counts. */
    public void discussion(String slug) {
        cache.invalidate(POST_DETAIL, slug);
        cache.invalidateAll(FEED, STATS);
    }

    /** Categories are shown in every post and feed item. */
    public void categories() {
        cache.invalidateAll(CATEGORIES, POST_DETAIL, FEED, STATS);
    }

    public void tags() {
        cache.invalidateAll(TAGS);
    }

    /** A user's name or picture is shown with their posts and carried by their sessions. */
    void user(@Observes UserChanged change) {
        user();
    }

    public void user() {
        cache.invalidateAll(POST_DETAIL, FEED, STATS, SESSIONS);
    }
}
