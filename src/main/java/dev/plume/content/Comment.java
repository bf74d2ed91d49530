package dev.plume.content;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** A comment on a post, or a reply to one. Deleting keeps the row so that its replies keep their place. */
@Entity
@Table(name = "comments")
@DynamicUpdate
public class Comment extends TimestampedEntity {

    public String content;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public static Comment write(UUID postId, UUID parentId, UUID authorId, String content) {
        Comment comment = new Comment();
        comment.postId = postId;
        comment.parentId = parentId;
        comment.authorId = authorId;
        comment.content = content;
        comment.persistAndFlush();
        return comment;
    }

    public void softDelete() {
        deletedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A comment not deleted, on a post that is visible. */
    public static Optional<Comment> findOnVisiblePost(UUID id) {
        return getEntityManager().createNativeQuery("""
                        select c.* from comments c
                        where c.id = :id and c.deleted_at is null
                          and exists (select 1 from posts p join users u on u.id = p.author_id
                                      where p.id = c.post_id and\s""" + PostReads.VISIBLE + ")", Comment.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst();
    }
}
