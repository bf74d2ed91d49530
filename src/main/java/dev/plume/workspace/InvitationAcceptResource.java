package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import dev.plume.workspace.WorkspaceDtos.AcceptInvitationRequest;
import dev.plume.workspace.WorkspaceDtos.Joined;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation: the signed-in user, whose address it was sent to, joins. */
@Path("/api/invitations")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class InvitationAcceptResource {

    private final OrganizationWrites writes;
    private final SecurityIdentity identity;

    InvitationAcceptResource(OrganizationWrites writes, SecurityIdentity identity) {
        this.writes = writes;
        this.identity = identity;
    }

    @POST
    @Path("/accept")
    @PerUserRateLimit("writes")
    @Operation(summary = "Join the organization of an invitation sent to my address (also one I registered after it was sent)")
    @ErrorAnswer(status = 403, description = "The invitation is for another address")
    @ErrorAnswer(status = 404, description = "No invitation has this token")
    @ErrorAnswer(status = 409, description = "Used, expired, already a member, or the plan allows no more members")
    public Joined accept(@Valid @NotNull AcceptInvitationRequest request) {
        return new Joined(writes.accept(Viewer.of(identity).id(), request.token()));
    }
}
