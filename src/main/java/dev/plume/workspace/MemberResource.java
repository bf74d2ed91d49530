package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import dev.plume.workspace.WorkspaceDtos.ChangeMemberRequest;
import dev.plume.workspace.WorkspaceDtos.MemberList;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An organization's members: everyone in it sees them; ADMINs change roles and remove; anyone may leave. */
@Path("/api/orgs/{slug}/members")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class MemberResource {

    private final Workspaces workspaces;
    private final OrganizationReads reads;
    private final OrganizationWrites writes;
    private final SecurityIdentity identity;

    MemberResource(Workspaces workspaces, OrganizationReads reads, OrganizationWrites writes, SecurityIdentity identity) {
        this.workspaces = workspaces;
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The organization's members, longest-standing first")
    public MemberList members(@PathParam("slug") String slug) {
        return new MemberList(workspaces.in(slug, me(), OrgRole.VIEWER, entered -> reads.members(entered.orgId())));
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{userId}")
    @Operation(summary = "Change a member's role (ADMIN; making or unmaking an OWNER: OWNER)")
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    @ErrorAnswer(status = 409, description = "The organization would be left without an OWNER")
    public MemberList change(@PathParam("slug") String slug, @PathParam("userId") UUID userId, @Valid @NotNull ChangeMemberRequest request) {
        writes.changeRole(slug, me(), userId, request.role());
        return members(slug);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{userId}")
    @Operation(summary = "Remove a member (ADMIN; an OWNER: OWNER), or leave (my own id)")
    @APIResponse(responseCode = "204", description = "Removed; their tasks are left unassigned")
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    @ErrorAnswer(status = 409, description = "The organization would be left without an OWNER")
    public Response remove(@PathParam("slug") String slug, @PathParam("userId") UUID userId) {
        writes.remove(slug, me(), userId);
        return Response.noContent().build();
    }

    private UUID me() {
        return Viewer.of(identity).id();
    }
}
