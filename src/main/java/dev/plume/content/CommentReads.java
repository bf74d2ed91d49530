package dev.plume.content;

import dev.plume.content.CommentDtos.ThreadComment;
import dev.plume.content.PostDtos.AuthorSummary;
import dev.plume.platform.page.Cursor;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.UUID;

import static dev.plume.platform.database.Rows.count;
import static dev.plume.platform.database.Rows.instant;
import static dev.plume.platform.database.Rows.text;
import static dev.plume.platform.database.Rows.uuid;

/**
 * Comment threads, oldest first, one statement per page with each comment's reply count.
 * A deleted comment stays in its thread, content withheld, while it has live replies.
 */
@ApplicationScoped
public class CommentReads {

    private static final String THREAD = """
            select c.id, c.content, c.parent_id, c.post_id, c.created_at, c.updated_at, c.deleted_at,
                   u.id as author_id, u.name as author_name, u.image as author_image,
                   (select count(*) from comments r where r.parent_id = c.id and r.deleted_at is null) as reply_count
            from comments c
            join users u on u.id = c.author_id
            where u.deleted_at is null
              and (c.deleted_at is null
                   or exists (select 1 from comments r where r.parent_id = c.id and r.deleted_at is null))
            """;

    public List<ThreadComment> topLevel(UUID postId, Cursor after, int limit) {
        return page(THREAD + " and c.post_id = :owner and c.parent_id is null", postId, after, limit);
    }

    public List<ThreadComment> replies(UUID parentId, Cursor after, int limit) {
        return page(THREAD + " and c.parent_id = :owner", parentId, after, limit);
    }

    private static List<ThreadComment> page(String sql, UUID owner, Cursor after, int limit) {
        StringBuilder query = new StringBuilder(sql);
        if (after != null) {
            query.append(" and (c.created_at, c.id) > (:after_at, :after_id)");
        }
        query.append(" order by c.created_at, c.id").append(PostReads.limitClause(limit));
        Query q = Panache.getEntityManager().createNativeQuery(query.toString(), Tuple.class)
                .setParameter("owner", owner);
        if (after != null) {
            q.setParameter("after_at", after.at()).setParameter("after_id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return rows.stream().map(CommentReads::comment).toList();
    }

    private static ThreadComment comment(Tuple row) {
        boolean deleted = row.get("deleted_at") != null;
        return new ThreadComment(uuid(row, "id"), deleted ? null : text(row, "content"), uuid(row, "parent_id"),
                uuid(row, "post_id"), instant(row, "created_at"), instant(row, "updated_at"), deleted,
                deleted ? null : new AuthorSummary(uuid(row, "author_id"), text(row, "author_name"), text(row, "author_image")),
                count(row, "reply_count"));
    }
}
