package dev.plume.commerce;

import dev.plume.commerce.OrderDtos.CheckoutRequest;
import dev.plume.commerce.OrderDtos.OrderEnvelope;
import dev.plume.commerce.OrderDtos.OrderView;
import dev.plume.commerce.OrderDtos.StatusRequest;
import dev.plume.identity.Role;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

@Path("/api/orders")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Orders")
public class OrderResource {

    private final OrderReads reads;
    private final OrderWrites writes;
    private final SecurityIdentity identity;

    OrderResource(OrderReads reads, OrderWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @POST
    @PerUserRateLimit("writes")
    @Operation(summary = "Check out my cart to one of my addresses",
            description = "Prices are copied into the order, tax and shipping computed by the server, the stock taken and the cart "
                    + "emptied, all or nothing. With an `Idempotency-Key`, sending the same request again answers the same order.")
    @APIResponse(responseCode = "201", description = "Ordered (or, for a repeated Idempotency-Key, the order it made); `Location` names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderEnvelope.class)))
    @ErrorAnswer(status = 409, description = "The cart is empty, or a product is short of stock, no longer sold or in another currency: "
            + "`violations` names each (`items.<productId>`)")
    @ErrorAnswer(status = 422, description = "The Idempotency-Key was sent before with another request")
    public RestResponse<OrderEnvelope> checkout(@Valid @NotNull CheckoutRequest request,
                                                @Parameter(description = "Any string unique to this checkout, such as a UUID; a retry sends the same")
                                                @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200)
                                                @Pattern(regexp = "^[\\x21-\\x7E]+$", message = "must be printable ASCII") String idempotencyKey) {
        OrderView order = order(writes.checkout(viewer(), request.addressId(), idempotencyKey));
        return RestResponse.ResponseBuilder.<OrderEnvelope>created(URI.create("/api/orders/" + order.number()))
                .entity(new OrderEnvelope(order)).build();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "An order (its buyer, or an ADMIN)")
    public OrderEnvelope order(@PathParam("number") String number) {
        return new OrderEnvelope(reads.byNumber(number, viewer().id(), viewer().role().atLeast(Role.ADMIN))
                .orElseThrow(() -> Problems.notFound("Order not found")));
    }

    @POST
    @PerUserRateLimit("writes")
    @Path("/{number}/status")
    @Operation(summary = "Move an order on (ADMIN), or cancel it (its buyer too); a cancelled order's items go back in stock")
    @ErrorAnswer(status = 403, description = "The buyer may only cancel")
    @ErrorAnswer(status = 409, description = "The order's status does not allow this one next")
    public OrderEnvelope moveTo(@PathParam("number") String number, @Valid @NotNull StatusRequest request) {
        writes.moveTo(viewer(), number, request.status());
        return order(number);
    }

    private OrderView order(java.util.UUID id) {
        return reads.byId(id).orElseThrow(() -> new IllegalStateException("The order just written is gone: " + id));
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }
}
