package dev.plume.content;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A post: its state and the rules of its life (publishing, soft delete). Written through {@link PostWrites}. */
@Entity
@Table(name = "posts")
@DynamicUpdate
public class Post extends TimestampedEntity {

    public String title;

    public String slug;

    public String excerpt;

    public String content;

    public String image;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    public PostStatus status = PostStatus.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "category_id")
    public UUID categoryId;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @ManyToMany
    @JoinTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new HashSet<>();

    /** Publishes the post; the first publication fixes {@code publishedAt}. */
    public void publish() {
        status = PostStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
    }

    public void changeStatus(PostStatus newStatus) {
        if (newStatus == PostStatus.PUBLISHED) {
            publish();
        } else {
            status = newStatus;
        }
    }

    public void softDelete() {
        deletedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A post that exists and is not soft-deleted, whatever its status. */
    public static Optional<Post> findLive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }
}
