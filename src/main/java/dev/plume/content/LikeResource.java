package dev.plume.content;

import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/posts/{id}/like")
@Tag(name = "Likes")
@Authenticated
@SecurityRequirement(name = "bearer")
public class LikeResource {

    private final SecurityIdentity identity;
    private final ContentInvalidation invalidation;

    LikeResource(SecurityIdentity identity, ContentInvalidation invalidation) {
        this.identity = identity;
        this.invalidation = invalidation;
    }

    public record LikeState(UUID postId, boolean liked, long likes) {
    }

    @PUT
    @PerUserRateLimit("writes")
    @Transactional
    @Operation(summary = "Like a published post; repeating it changes nothing")
    public LikeState like(@PathParam("id") UUID postId) {
        Like.add(Viewer.of(identity).id(), postId);
        return state(postId, true);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Transactional
    @Operation(summary = "Take a like back; repeating it changes nothing")
    public LikeState unlike(@PathParam("id") UUID postId) {
        Like.remove(Viewer.of(identity).id(), postId);
        return state(postId, false);
    }

    private LikeState state(UUID postId, boolean liked) {
        Like.Counted counted = Like.countOfVisiblePost(postId).orElseThrow(() -> Problems.notFound("Post not found"));
        invalidation.discussion(counted.slug());
        return new LikeState(postId, liked, counted.likes());
    }
}
