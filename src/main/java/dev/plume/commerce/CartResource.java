package dev.plume.commerce;

import dev.plume.commerce.CartDtos.Cart;
import dev.plume.commerce.CartDtos.SetQuantityRequest;
import dev.plume.identity.Viewer;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/cart")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Orders")
public class CartResource {

    private final CartReads reads;
    private final CartWrites writes;
    private final SecurityIdentity identity;

    CartResource(CartReads reads, CartWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My cart, with current prices and whether the stock covers each line")
    public Cart cart() {
        return reads.of(me());
    }

    @PUT
    @PerUserRateLimit("writes")
    @Path("/items/{productId}")
    @Operation(summary = "Set how many of a product my cart holds; 0 removes it")
    @ErrorAnswer(status = 404, description = "No active product has this id")
    @ErrorAnswer(status = 409, description = "The product is priced in another currency than the cart")
    public Cart setQuantity(@PathParam("productId") UUID productId, @Valid @NotNull SetQuantityRequest request) {
        writes.setQuantity(me(), productId, request.quantity());
        return cart();
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Operation(summary = "Empty my cart")
    public Cart empty() {
        writes.empty(me());
        return cart();
    }

    private UUID me() {
        return Viewer.of(identity).id();
    }
}
