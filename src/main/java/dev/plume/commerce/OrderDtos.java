package dev.plume.commerce;

import dev.plume.commerce.AddressDtos.AddressView;
import dev.plume.platform.page.CursorPagination;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class OrderDtos {

    private OrderDtos() {
    }

    public record CheckoutRequest(@Schema(description = "One of my addresses") @NotNull UUID addressId) {
    }

    public record StatusRequest(@Schema(description = "PAID, SHIPPED, DELIVERED or CANCELLED; the buyer may only cancel")
                                @NotNull OrderStatus status) {
    }

    public record OrderLine(UUID productId, String name, String sku, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
    }

    public record ShipTo(String name, String line1, @Schema(nullable = true) String line2, String city, String postalCode,
                         @Schema(nullable = true) String region, String country, @Schema(nullable = true) String phone) {
        static ShipTo of(AddressView address) {
            return new ShipTo(address.name(), address.line1(), address.line2(), address.city(), address.postalCode(),
                    address.region(), address.country(), address.phone());
        }
    }

    public record OrderView(UUID id, @Schema(examples = "PL-00000042") String number, OrderStatus status, String currency,
                            List<OrderLine> items, BigDecimal subtotal, BigDecimal tax, BigDecimal shipping, BigDecimal total,
                            @Schema(description = "The address as it was at checkout") ShipTo shipTo,
                            UUID buyerId, Instant createdAt, Instant updatedAt) {
    }

    public record OrderEnvelope(OrderView order) {
    }

    public record OrderSummary(UUID id, String number, OrderStatus status, String currency, BigDecimal total, int items,
                               Instant createdAt) {
    }

    public record OrderPage(List<OrderSummary> orders, CursorPagination pagination) {
    }
}
