package dev.plume.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.id.uuid.UuidVersion7Strategy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's like of a post, at most one per pair. Liking is an insert that a repeat, also a
 * concurrent one, leaves as it is; the count is read after the write in the same transaction.
 */
@Entity
@Table(name = "likes")
public class Like extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** Likes a visible post; a repeat changes nothing. */
    public static void add(UUID userId, UUID postId) {
        getEntityManager().createNativeQuery("""
                        insert into likes (id, user_id, post_id)
                        select :id, :user, p.id from posts p join users u on u.id = p.author_id
                        where p.id = :post and\s""" + PostReads.VISIBLE + """

                        on conflict (user_id, post_id) do nothing""")
                .setParameter("id", UuidVersion7Strategy.INSTANCE.generateUuid(null))
                .setParameter("user", userId)
                .setParameter("post", postId)
                .executeUpdate();
    }

    public static void remove(UUID userId, UUID postId) {
        delete("userId = ?1 and postId = ?2", userId, postId);
    }

    /** A visible post's slug and like count; empty when no visible post has that id. */
    public static Optional<Counted> countOfVisiblePost(UUID postId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select p.slug, coalesce(pc.likes, 0)
                        from posts p join users u on u.id = p.author_id""" + PostReads.COUNTERS + """

                        where p.id = :post and\s""" + PostReads.VISIBLE)
                .setParameter("post", postId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Counted((String) row[0], ((Number) row[1]).longValue()));
    }

    public record Counted(String slug, long likes) {
    }
}
