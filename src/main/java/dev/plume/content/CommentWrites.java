package dev.plume.content;

import dev.plume.content.CommentDtos.CommentView;
import dev.plume.identity.Role;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Writing, editing and deleting comments: only on visible posts, by whom the rules allow. */
@ApplicationScoped
@Transactional
public class CommentWrites {

    private final PostReads posts;
    private final CommentReads comments;
    private final ContentInvalidation invalidation;

    CommentWrites(PostReads posts, CommentReads comments, ContentInvalidation invalidation) {
        this.posts = posts;
        this.comments = comments;
        this.invalidation = invalidation;
    }

    /** A comment on a visible post, or a reply to one of its visible comments. */
    public CommentView write(Viewer author, UUID postId, UUID parentId, String content) {
        String slug = posts.visibleSlug(postId).orElseThrow(() -> Problems.notFound("Post not found"));
        if (parentId != null && comments.visible(parentId).filter(parent -> parent.postId().equals(postId)).isEmpty()) {
            throw Problems.invalid("body", "parentId", "no visible comment of this post has this id");
        }
        Comment comment = Comment.write(postId, parentId, author.id(), content);
        invalidation.discussion(slug);
        return written(comment.id);
    }

    /** Its author edits a visible comment. */
    public CommentView edit(Viewer viewer, UUID id, String content) {
        CommentView visible = comments.visible(id).orElseThrow(() -> Problems.notFound("Comment not found"));
        if (!visible.author().id().equals(viewer.id())) {
            throw Problems.forbidden("Only the author may edit this comment");
        }
        Comment.<Comment>findById(id).edit(content);
        return written(id);
    }

    /** Its author, or a MODERATOR and up, deletes a visible comment; its replies keep their place. */
    public void delete(Viewer viewer, UUID id) {
        CommentView visible = comments.visible(id).orElseThrow(() -> Problems.notFound("Comment not found"));
        if (!viewer.mayChange(visible.author().id(), Role.MODERATOR)) {
            throw Problems.forbidden("Only the author or a moderator may delete this comment");
        }
        Comment.<Comment>findById(id).softDelete();
        posts.visibleSlug(visible.postId()).ifPresent(invalidation::discussion);
    }

    /** The comment as just written, read in the writing transaction. */
    private CommentView written(UUID id) {
        return comments.visible(id).orElseThrow(() -> new IllegalStateException("The comment just written is not visible: " + id));
    }
}
