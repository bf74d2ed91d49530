package dev.plume.content;

import dev.plume.content.CommentDtos.CommentView;
import dev.plume.content.CommentDtos.ThreadComment;
import dev.plume.content.PostDtos.AuthorSummary;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Comment threads, oldest first, one statement per page with each comment's reply count. A
 * comment that is not visible (deleted, or by a deleted author: migration V5) stays in its
 * thread, content and author withheld, while it has visible replies.
 */
@ApplicationScoped
public class CommentReads {

    private static final String THREAD = """
            select c.id, c.parent_id, c.post_id, c.created_at, c.updated_at,
                   v.id is null as withheld, v.content, v.author_id, v.author_name, v.author_image,
                   (select count(*) from visible_comments r where r.parent_id = c.id) as reply_count
            from comments c
            left join visible_comments v on v.id = c.id
            where (v.id is not null or exists (select 1 from visible_comments r where r.parent_id = c.id))""";

    private static final String VISIBLE = """
            select c.id, c.content, c.parent_id, c.post_id, c.created_at, c.author_id, c.author_name, c.author_image
            from visible_comments c where c.id = :id""";

    /** The thread a comment's replies are listed in: its post is visible. */
    private static final String IN_VISIBLE_THREAD = """
            select c.id from comments c join visible_posts p on p.id = c.post_id where c.id = :id""";

    public List<ThreadComment> topLevel(UUID postId, Cursor after, int limit) {
        return page(THREAD + " and c.post_id = :owner and c.parent_id is null", postId, after, limit);
    }

    public List<ThreadComment> replies(UUID parentId, Cursor after, int limit) {
        return page(THREAD + " and c.parent_id = :owner", parentId, after, limit);
    }

    public Optional<CommentView> visible(UUID id) {
        return Sql.of(VISIBLE).bind("id", id).first(row -> new CommentView(row.uuid("id"), row.text("content"),
                row.uuid("parent_id"), row.uuid("post_id"), row.instant("created_at"), author(row)));
    }

    /** Whether the comment exists on a visible post, so that its replies may be listed. */
    public boolean inVisibleThread(UUID id) {
        return Sql.of(IN_VISIBLE_THREAD).bind("id", id).first(row -> true).isPresent();
    }

    private static List<ThreadComment> page(String sql, UUID owner, Cursor after, int limit) {
        Sql statement = Sql.of(sql + (after == null ? "" : " and (c.created_at, c.id) > (:after_at, :after_id)")
                + " order by c.created_at, c.id" + Sql.limit(limit)).bind("owner", owner);
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(CommentReads::comment);
    }

    private static ThreadComment comment(Row row) throws SQLException {
        boolean withheld = row.bool("withheld");
        return new ThreadComment(row.uuid("id"), withheld ? null : row.text("content"), row.uuid("parent_id"),
                row.uuid("post_id"), row.instant("created_at"), row.instant("updated_at"), withheld,
                withheld ? null : author(row), row.count("reply_count"));
    }

    private static AuthorSummary author(Row row) throws SQLException {
        return new AuthorSummary(row.uuid("author_id"), row.text("author_name"), row.text("author_image"));
    }
}
