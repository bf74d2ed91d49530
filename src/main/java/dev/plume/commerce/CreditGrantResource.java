package dev.plume.commerce;

import dev.plume.commerce.CreditDtos.GrantRequest;
import dev.plume.commerce.CreditDtos.Transfer;
import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/admin/credits/grants")
@SecurityRequirement(name = "bearer")
@Tag(name = "Credits")
public class CreditGrantResource {

    private final CreditReads reads;
    private final CreditWrites writes;
    private final SecurityIdentity identity;

    CreditGrantResource(CreditReads reads, CreditWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @POST
    @PerUserRateLimit("writes")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Issue credits to a user (ADMIN)")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Transfer.class)))
    public RestResponse<Transfer> grant(@Valid @NotNull GrantRequest request) {
        return created(writes.grant(Viewer.of(identity), request.userId(), request.amount(), request.reason()));
    }

    private RestResponse<Transfer> created(UUID transfer) {
        return RestResponse.status(RestResponse.Status.CREATED, reads.transfer(transfer).orElseThrow());
    }
}
