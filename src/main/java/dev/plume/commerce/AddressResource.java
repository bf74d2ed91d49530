package dev.plume.commerce;

import dev.plume.commerce.AddressDtos.AddressList;
import dev.plume.commerce.AddressDtos.AddressView;
import dev.plume.commerce.AddressDtos.ChangeAddressRequest;
import dev.plume.commerce.AddressDtos.NewAddressRequest;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.PerUserRateLimit;
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

/** My addresses; another user's are as absent as missing ones. */
@Path("/api/me/addresses")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Orders")
public class AddressResource {

    private final AddressReads reads;
    private final AddressWrites writes;
    private final SecurityIdentity identity;

    AddressResource(AddressReads reads, AddressWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My addresses, the default first")
    public AddressList list() {
        return new AddressList(reads.of(me()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One address of mine")
    public AddressView address(@PathParam("id") UUID id) {
        return one(id);
    }

    @POST
    @PerUserRateLimit("writes")
    @Operation(summary = "Add an address; my first one is the default")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddressView.class)))
    public RestResponse<AddressView> add(@Valid @NotNull NewAddressRequest request) {
        UUID id = writes.add(me(), request);
        return RestResponse.ResponseBuilder.<AddressView>created(URI.create("/api/me/addresses/" + id)).entity(one(id)).build();
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{id}")
    @Operation(summary = "Change an address of mine, or make it the default")
    public AddressView change(@PathParam("id") UUID id, @Valid @NotNull ChangeAddressRequest request) {
        writes.change(me(), id, request);
        return one(id);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{id}")
    @Operation(summary = "Remove an address of mine; when it was the default, my oldest remaining one becomes it")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id) {
        writes.remove(me(), id);
        return Response.noContent().build();
    }

    private AddressView one(UUID id) {
        return reads.one(me(), id).orElseThrow(() -> Problems.notFound("Address not found"));
    }

    private UUID me() {
        return Viewer.of(identity).id();
    }
}
