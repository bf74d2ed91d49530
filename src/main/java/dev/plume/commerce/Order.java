package dev.plume.commerce;

import dev.plume.identity.Actor;
import dev.plume.identity.Role;
import dev.plume.identity.Viewer;
import dev.plume.platform.database.UuidEntity;
import dev.plume.platform.error.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

import java.util.Optional;
import java.util.UUID;

/**
 * An order and the rules of its status: only the transitions of {@link OrderStatus}, an ADMIN
 * for any of them, the buyer only to cancel. Checkout writes orders and their items in one
 * statement each (OrderWrites); this entity changes them afterwards.
 */
@Entity
@Table(name = "orders")
@DynamicUpdate
public class Order extends UuidEntity {

    @Column(insertable = false, updatable = false)
    public String number;

    @Column(name = "user_id", insertable = false, updatable = false)
    public UUID buyerId;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    private OrderStatus status;

    /** The order of that number, locked until the transaction ends; seen only by its buyer and an ADMIN. */
    public static Optional<Order> lockFor(Viewer viewer, String number) {
        return find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).<Order>firstResultOptional()
                .filter(order -> order.buyerId.equals(viewer.id()) || viewer.role().atLeast(Role.ADMIN));
    }

    public OrderStatus status() {
        return status;
    }

    /** Moves the order to {@code next}: 409 for a transition its status does not allow, 403 for a buyer doing more than cancel. */
    public void moveTo(Actor by, OrderStatus next) {
        if (by instanceof Viewer viewer && !viewer.role().atLeast(Role.ADMIN) && next != OrderStatus.CANCELLED) {
            throw Problems.forbidden("A buyer may only cancel an order");
        }
        if (!status.mayBecome(next)) {
            throw Problems.of(Response.Status.CONFLICT, "An order " + status + " cannot become " + next);
        }
        status = next;
    }
}
