package dev.plume.identity;

import dev.plume.identity.MeDtos.SessionList;
import dev.plume.platform.error.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/me/sessions")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Me")
public class MySessionsResource {

    private final SecurityIdentity identity;
    private final UserReads reads;
    private final SessionWrites sessions;

    MySessionsResource(SecurityIdentity identity, UserReads reads, SessionWrites sessions) {
        this.identity = identity;
        this.reads = reads;
        this.sessions = sessions;
    }

    @GET
    @Operation(summary = "My live sessions, newest first; `current` marks the one making this request")
    public SessionList list() {
        return new SessionList(reads.liveSessions(Viewer.of(identity).id(), identity.getAttribute(SessionIdentityProvider.SESSION_ID_ATTRIBUTE)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke one of my sessions")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") UUID id) {
        if (!sessions.end(Viewer.of(identity).id(), id)) {
            throw Problems.notFound("Session not found");
        }
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Sign out everywhere: ends every one of my sessions, this one included")
    @APIResponse(responseCode = "204", description = "Signed out everywhere")
    public Response revokeAll() {
        sessions.endAllOf(Viewer.of(identity).id());
        return Response.noContent().build();
    }
}
