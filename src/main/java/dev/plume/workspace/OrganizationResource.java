package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import dev.plume.workspace.WorkspaceDtos.CreateOrganizationRequest;
import dev.plume.workspace.WorkspaceDtos.OrganizationEnvelope;
import dev.plume.workspace.WorkspaceDtos.OrganizationList;
import dev.plume.workspace.WorkspaceDtos.UpdateOrganizationRequest;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** Organizations: mine, one with its usage, and what their OWNERs and ADMINs change. */
@Path("/api/orgs")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class OrganizationResource {

    private final Workspaces workspaces;
    private final OrganizationReads reads;
    private final OrganizationWrites writes;
    private final SecurityIdentity identity;

    OrganizationResource(Workspaces workspaces, OrganizationReads reads, OrganizationWrites writes, SecurityIdentity identity) {
        this.workspaces = workspaces;
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The organizations I belong to, with my role in each")
    public OrganizationList mine() {
        return new OrganizationList(workspaces.asMember(me(), () -> reads.mine(me())));
    }

    @POST
    @PerUserRateLimit("writes")
    @Operation(summary = "Create an organization (FREE plan); I become its OWNER")
    @APIResponse(responseCode = "201", description = "Created; `Location` names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationEnvelope.class)))
    @ErrorAnswer(status = 409, description = "The slug is taken")
    public RestResponse<OrganizationEnvelope> create(@Valid @NotNull CreateOrganizationRequest request) {
        String slug = writes.create(me(), request);
        return RestResponse.ResponseBuilder.<OrganizationEnvelope>created(URI.create("/api/orgs/" + slug)).entity(one(slug)).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "An organization of mine, with its usage (members, projects, tasks by status) and its plan's limits")
    public OrganizationEnvelope organization(@PathParam("slug") String slug) {
        return one(slug);
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @Operation(summary = "Rename (ADMIN) or change the plan (OWNER)")
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    @ErrorAnswer(status = 409, description = "The organization has more members or projects than the new plan allows")
    public OrganizationEnvelope update(@PathParam("slug") String slug, @Valid @NotNull UpdateOrganizationRequest request) {
        writes.update(slug, me(), request);
        return one(slug);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{slug}")
    @Operation(summary = "Delete the organization with its members, invitations, projects and tasks (OWNER)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorAnswer(status = 403, description = "Not an OWNER of it")
    public Response delete(@PathParam("slug") String slug) {
        writes.delete(slug, me());
        return Response.noContent().build();
    }

    private OrganizationEnvelope one(String slug) {
        return new OrganizationEnvelope(workspaces.in(slug, me(), OrgRole.VIEWER, reads::detail));
    }

    private UUID me() {
        return Viewer.of(identity).id();
    }
}
