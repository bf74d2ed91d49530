package dev.plume.identity;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.identity.AuthDtos.UserEnvelope;
import dev.plume.identity.MeDtos.ChangeUserRequest;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Changing a user's public details: the user themselves or an ADMIN. */
@Path("/api/users/{id}")
@Tag(name = "Users")
public class UserResource {

    private final SecurityIdentity identity;
    private final UserReads reads;
    private final UserWrites writes;

    UserResource(SecurityIdentity identity, UserReads reads, UserWrites writes) {
        this.identity = identity;
        this.reads = reads;
        this.writes = writes;
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a user's name or picture (the user, or an ADMIN)")
    @ErrorAnswer(status = 403, description = "Neither the user nor an ADMIN")
    public UserEnvelope update(@PathParam("id") UUID id, @Valid @NotNull ChangeUserRequest request) {
        writes.changeDetails(Viewer.of(identity), id, request.name(), request.image());
        return new UserEnvelope(reads.user(id).orElseThrow(() -> Problems.notFound("User not found")));
    }
}
