package dev.plume.content;

import dev.plume.content.PostDtos.LikeState;
import dev.plume.platform.database.Sql;
import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.id.uuid.UuidVersion7Strategy;

import java.util.UUID;

/**
 * Likes of visible posts, at most one per user and post. Liking is an insert that a repeat, also
 * a concurrent one, leaves as it is; the count is read after the write, in its transaction.
 */
@ApplicationScoped
@Transactional
public class LikeWrites {

    private static final String LIKE = """
            insert into likes (id, user_id, post_id)
            select :id, :user, p.id from visible_posts p where p.id = :post
            on conflict (user_id, post_id) do nothing""";

    private static final String UNLIKE = "delete from likes where user_id = :user and post_id = :post";

    private static final String STATE = """
            select p.slug, coalesce(pc.likes, 0) as likes
            from visible_posts p left join post_counters pc on pc.post_id = p.id
            where p.id = :post""";

    private final ContentInvalidation invalidation;

    LikeWrites(ContentInvalidation invalidation) {
        this.invalidation = invalidation;
    }

    public LikeState like(UUID userId, UUID postId) {
        Sql.of(LIKE).bind("id", UuidVersion7Strategy.INSTANCE.generateUuid(null)).bind("user", userId).bind("post", postId).update();
        return state(postId, true);
    }

    public LikeState unlike(UUID userId, UUID postId) {
        Sql.of(UNLIKE).bind("user", userId).bind("post", postId).update();
        return state(postId, false);
    }

    /** 404 when no visible post has that id (the write then changed nothing and is rolled back with the answer). */
    private LikeState state(UUID postId, boolean liked) {
        return Sql.of(STATE).bind("post", postId).first(row -> {
            invalidation.discussion(row.text("slug"));
            return new LikeState(postId, liked, row.count("likes"));
        }).orElseThrow(() -> Problems.notFound("Post not found"));
    }
}
