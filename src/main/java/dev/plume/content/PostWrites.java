package dev.plume.content;

import dev.plume.content.PostDtos.CreatePostRequest;
import dev.plume.content.PostDtos.CreatedPost;
import dev.plume.content.PostDtos.UpdatePostRequest;
import dev.plume.identity.Role;
import dev.plume.identity.Viewer;
import dev.plume.platform.database.Transactions;
import dev.plume.platform.error.Problems;
import dev.plume.platform.slug.SlugClaims;
import dev.plume.platform.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creating and changing posts: ownership, slugs that stay unique under races, tags, publishing. */
@ApplicationScoped
public class PostWrites {

    /** A slug taken by a post of another title whose slug meets this one's (SlugClaims) is tried again. */
    private static final int SLUG_ATTEMPTS = 5;

    private final ContentInvalidation invalidation;

    PostWrites(ContentInvalidation invalidation) {
        this.invalidation = invalidation;
    }

    /** Creates the post with the first free slug of its title. */
    public CreatedPost create(Viewer author, CreatePostRequest request) {
        String base = Slugs.of(request.title());
        return Transactions.withRetry(SLUG_ATTEMPTS, e -> Transactions.violates(e, "posts_slug_key"), () -> {
            Post post = new Post();
            post.authorId = author.id();
            post.title = request.title().strip();
            post.content = request.content();
            post.excerpt = request.excerpt();
            post.image = request.image();
            post.categoryId = existingCategory(request.categoryId());
            post.tags = tags(request.tags());
            post.slug = SlugClaims.claim("posts", base);
            if ("PUBLISHED".equals(request.status())) {
                post.publish();
            }
            post.persistAndFlush();
            invalidation.post(post.slug);
            return new CreatedPost(post.id, post.slug);
        });
    }

    @Transactional
    public CreatedPost update(Viewer viewer, UUID id, UpdatePostRequest request) {
        Post post = owned(viewer, id);
        if (request.title() != null) {
            post.title = request.title().strip();
        }
        if (request.content() != null) {
            post.content = request.content();
        }
        if (request.excerpt() != null) {
            post.excerpt = request.excerpt();
        }
        if (request.image() != null) {
            post.image = request.image();
        }
        if (request.categoryId() != null) {
            post.categoryId = existingCategory(request.categoryId());
        }
        if (request.tags() != null) {
            post.tags = tags(request.tags());
        }
        if (request.status() != null) {
            post.changeStatus(PostStatus.valueOf(request.status()));
        }
        post.flush();
        invalidation.post(post.slug);
        return new CreatedPost(post.id, post.slug);
    }

    @Transactional
    public CreatedPost publish(Viewer viewer, UUID id) {
        Post post = owned(viewer, id);
        post.publish();
        post.flush();
        invalidation.post(post.slug);
        return new CreatedPost(post.id, post.slug);
    }

    @Transactional
    public void delete(Viewer viewer, UUID id) {
        Post post = owned(viewer, id);
        post.softDelete();
        invalidation.post(post.slug);
    }

    /** A live post the viewer may change: its author's, or any for an ADMIN. */
    private static Post owned(Viewer viewer, UUID id) {
        Post post = Post.findLive(id).orElseThrow(() -> Problems.notFound("Post not found"));
        if (!viewer.mayChange(post.authorId, Role.ADMIN)) {
            throw Problems.forbidden("Only the author or an admin may change this post");
        }
        return post;
    }

    private static UUID existingCategory(UUID categoryId) {
        if (categoryId != null && Category.findById(categoryId) == null) {
            throw Problems.invalid("body", "categoryId", "no category has this id");
        }
        return categoryId;
    }

    private static Set<Tag> tags(List<String> slugs) {
        if (slugs == null) {
            return new HashSet<>();
        }
        Set<String> wanted = new LinkedHashSet<>(slugs);
        List<Tag> found = Tag.findBySlugs(wanted);
        if (found.size() != wanted.size()) {
            Set<String> missing = new LinkedHashSet<>(wanted);
            found.forEach(tag -> missing.remove(tag.slug));
            throw Problems.invalid("body", "tags", "unknown tag slugs: " + String.join(", ", missing));
        }
        return new HashSet<>(found);
    }
}
