package dev.plume.commerce;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public final class CartDtos {

    private CartDtos() {
    }

    public record CartLine(UUID productId, String name, String slug, BigDecimal unitPrice, int quantity, BigDecimal lineTotal,
                           @Schema(description = "Whether the stock covers the quantity now; checked again at checkout") boolean available) {
    }

    public record Cart(List<CartLine> items,
                       @Schema(nullable = true, description = "The currency of every item; null for an empty cart") String currency,
                       BigDecimal subtotal) {
    }

    public record SetQuantityRequest(@Schema(description = "0 removes the product from the cart", examples = "2")
                                     @NotNull @Min(0) @Max(99) Integer quantity) {
    }
}
