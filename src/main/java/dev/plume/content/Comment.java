package dev.plume.content;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /** Writes a comment (or, with a parent, a reply); its text is stored trimmed. */
    public static Comment write(UUID postId, UUID parentId, UUID authorId, String content) {
        Comment comment = new Comment();
        comment.postId = postId;
        comment.parentId = parentId;
        comment.authorId = authorId;
        comment.content = content.strip();
        comment.persistAndFlush();
        return comment;
    }

    public void edit(String newContent) {
        content = newContent.strip();
    }

    public void softDelete() {
        deletedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
