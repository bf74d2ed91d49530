package dev.plume.commerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.commerce.OrderDtos.OrderLine;
import dev.plume.commerce.OrderDtos.OrderSummary;
import dev.plume.commerce.OrderDtos.OrderView;
import dev.plume.commerce.OrderDtos.ShipTo;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders with their items, one statement each. */
@ApplicationScoped
public class OrderReads {

    private static final String ORDER = """
            select o.id, o.number, o.status::text as status, o.currency, o.subtotal, o.tax, o.shipping, o.total,
                   o.ship_to::text as ship_to, o.user_id, o.created_at, o.updated_at,
                   (select json_agg(json_build_object('productId', i.product_id, 'name', i.product_name, 'sku', i.sku,
                                                      'unitPrice', i.unit_price::text, 'quantity', i.quantity,
                                                      'lineTotal', i.line_total::text) order by i.product_name, i.product_id)
                      from order_items i where i.order_id = o.id)::text as items
            from orders o""";

    private static final String MINE = """
            select o.id, o.number, o.status::text as status, o.currency, o.total, o.created_at,
                   (select sum(i.quantity) from order_items i where i.order_id = o.id) as items
            from orders o where o.user_id = :user""";

    private final ObjectMapper json;

    OrderReads(ObjectMapper json) {
        this.json = json;
    }

    public Optional<OrderView> byId(UUID id) {
        return Sql.of(ORDER + " where o.id = :id").bind("id", id).first(this::order);
    }

    /** The order of that number, when the viewer is its buyer or may see every order. */
    public Optional<OrderView> byNumber(String number, UUID viewer, boolean seesEveryOrder) {
        return Sql.of(ORDER + " where o.number = :number and (o.user_id = :viewer or :every)")
                .bind("number", number).bind("viewer", viewer).bind("every", seesEveryOrder).first(this::order);
    }

    /** The buyer's orders, newest first; keyset on (created_at, id). */
    public List<OrderSummary> mine(UUID buyer, Cursor after, int limit) {
        Sql statement = Sql.of(MINE + (after == null ? "" : " and (o.created_at, o.id) < (:after_at, :after_id)")
                + " order by o.created_at desc, o.id desc" + Sql.limit(limit)).bind("user", buyer);
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(row -> new OrderSummary(row.uuid("id"), row.text("number"), row.enumValue("status", OrderStatus.class),
                row.text("currency"), row.decimal("total"), (int) row.count("items"), row.instant("created_at")));
    }

    private OrderView order(Row row) throws SQLException {
        return new OrderView(row.uuid("id"), row.text("number"), row.enumValue("status", OrderStatus.class), row.text("currency"),
                row.list("items", json, OrderLine.class), row.decimal("subtotal"), row.decimal("tax"), row.decimal("shipping"),
                row.decimal("total"), shipTo(row.text("ship_to")), row.uuid("user_id"), row.instant("created_at"),
                row.instant("updated_at"));
    }

    private ShipTo shipTo(String stored) {
        try {
            return json.readValue(stored, ShipTo.class);
        } catch (IOException e) {
            throw new UncheckedIOException("An order's address is not the JSON it was stored as", e);
        }
    }
}
