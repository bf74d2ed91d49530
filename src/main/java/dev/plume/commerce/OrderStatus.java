package dev.plume.commerce;

import java.util.Map;
import java.util.Set;

/** An order's life: PENDING → PAID → SHIPPED → DELIVERED; CANCELLED from PENDING or PAID. */
public enum OrderStatus {
    PENDING, PAID, SHIPPED, DELIVERED, CANCELLED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            PENDING, Set.of(PAID, CANCELLED),
            PAID, Set.of(SHIPPED, CANCELLED),
            SHIPPED, Set.of(DELIVERED),
            DELIVERED, Set.of(),
            CANCELLED, Set.of());

    public boolean mayBecome(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }
}
