package dev.plume.content;

import dev.plume.content.PostDtos.LikeState;
import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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

    private final LikeWrites writes;
    private final SecurityIdentity identity;

    LikeResource(LikeWrites writes, SecurityIdentity identity) {
        this.writes = writes;
        this.identity = identity;
    }

    @PUT
    @PerUserRateLimit("writes")
    @Operation(summary = "Like a visible post; repeating it changes nothing")
    public LikeState like(@PathParam("id") UUID postId) {
        return writes.like(Viewer.of(identity).id(), postId);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Operation(summary = "Take a like back; repeating it changes nothing")
    public LikeState unlike(@PathParam("id") UUID postId) {
        return writes.unlike(Viewer.of(identity).id(), postId);
    }
}
