package dev.plume.commerce;

import dev.plume.commerce.OrderDtos.OrderPage;
import dev.plume.commerce.OrderDtos.OrderSummary;
import dev.plume.identity.Viewer;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me/orders")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Orders")
public class MyOrdersResource {

    private final OrderReads reads;
    private final SecurityIdentity identity;

    MyOrdersResource(OrderReads reads, SecurityIdentity identity) {
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My orders, newest first")
    public OrderPage mine(@BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        CursorPagination.Slice<OrderSummary> slice = CursorPagination.slice(reads.mine(Viewer.of(identity).id(), paging.cursor(), size + 1), size,
                order -> new Cursor(order.createdAt(), order.id()));
        return new OrderPage(slice.items(), slice.pagination());
    }
}
