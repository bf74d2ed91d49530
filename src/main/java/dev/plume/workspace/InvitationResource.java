package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import dev.plume.workspace.WorkspaceDtos.InvitationView;
import dev.plume.workspace.WorkspaceDtos.InviteRequest;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Invitations to an organization, sent by its ADMINs. */
@Path("/api/orgs/{slug}/invitations")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class InvitationResource {

    private final OrganizationWrites writes;
    private final SecurityIdentity identity;

    InvitationResource(OrganizationWrites writes, SecurityIdentity identity) {
        this.writes = writes;
        this.identity = identity;
    }

    @POST
    @PerUserRateLimit("writes")
    @Operation(summary = "Invite an address (ADMIN): mails a link with a single-use token, valid for 7 days")
    @APIResponse(responseCode = "201", description = "Invited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    public RestResponse<InvitationView> invite(@PathParam("slug") String slug, @Valid @NotNull InviteRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, writes.invite(slug, Viewer.of(identity).id(), request));
    }
}
