package dev.plume.commerce;

import dev.plume.commerce.CreditDtos.Transfer;
import dev.plume.commerce.CreditDtos.TransferRequest;
import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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

@Path("/api/credits/transfers")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Credits")
public class CreditTransferResource {

    private final CreditReads reads;
    private final CreditWrites writes;
    private final SecurityIdentity identity;

    CreditTransferResource(CreditReads reads, CreditWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @POST
    @PerUserRateLimit("writes")
    @Operation(summary = "Give credits to another user")
    @APIResponse(responseCode = "201", description = "Transferred",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Transfer.class)))
    @ErrorAnswer(status = 409, description = "More than my balance")
    public RestResponse<Transfer> transfer(@Valid @NotNull TransferRequest request) {
        return created(writes.transfer(Viewer.of(identity), request.toUserId(), request.amount()));
    }

    private RestResponse<Transfer> created(UUID transfer) {
        return RestResponse.status(RestResponse.Status.CREATED, reads.transfer(transfer).orElseThrow());
    }
}
