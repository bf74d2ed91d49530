package dev.plume.commerce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.commerce.AddressDtos.AddressView;
import dev.plume.commerce.OrderDtos.ShipTo;
import dev.plume.identity.Viewer;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import dev.plume.platform.database.Transactions;
import dev.plume.platform.error.Problem;
import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checkout and the life of orders.
 * <p>
 * Checkout is one transaction at READ COMMITTED: it locks the rows of the products in the cart,
 * in id order (so that two buyers of overlapping carts never deadlock), checks the stock of every
 * line against the locked rows, and decrements it. A buyer who waited for a lock reads the stock
 * the previous buyer left, so the last units go to exactly as many buyers as there are units and
 * the others get a 409 naming the product: nothing is oversold, and nobody is refused while stock
 * remains. SERIALIZABLE would give the same guarantee by failing every concurrent buyer of the
 * product but one, and retrying them: more round trips for the same result. Writes of one buyer
 * take turns (an advisory lock on the buyer), so that a retried checkout finds its first
 * attempt's order by its Idempotency-Key. The whole checkout is nine statements at most,
 * whatever the cart holds (StatementCountTest).
 */
@ApplicationScoped
public class OrderWrites {

    private static final String TAKE_TURN = "select pg_advisory_xact_lock(hashtext('checkout:' || :user)) is null as locked";

    private static final String CONTEXT = """
            select o.id as existing_id, o.request_hash as existing_hash,
                   a.id, a.name, a.line1, a.line2, a.city, a.postal_code, a.region, a.country, a.phone,
                   a.is_default, a.created_at
            from (select 1) one
            left join orders o on o.user_id = :user and o.idempotency_key = :key
            left join addresses a on a.id = :address and a.user_id = :user""";

    private static final String LOCK_CART = """
            select c.product_id, c.quantity, p.name, p.sku, p.price, p.currency, p.stock, p.active
            from cart_items c join products p on p.id = c.product_id
            where c.user_id = :user
            order by p.id
            for update of p""";

    private static final String TAKE_STOCK = """
            update products p set stock = p.stock - x.quantity
            from unnest(:products, :quantities) as x(id, quantity) where p.id = x.id""";

    private static final String INSERT_ORDER = """
            insert into orders (id, number, user_id, currency, subtotal, tax, shipping, total, ship_to, idempotency_key, request_hash)
            values (:id, 'PL-' || lpad(nextval('order_numbers')::text, 8, '0'), :user, :currency, :subtotal, :tax, :shipping, :total,
                    cast(:ship_to as jsonb), :key, :hash)""";

    private static final String INSERT_ITEMS = """
            insert into order_items (order_id, product_id, product_name, sku, unit_price, quantity, line_total)
            select :order, x.product, x.name, x.sku, x.price, x.quantity, x.price * x.quantity
            from unnest(:products, :names, :skus, :prices, :quantities) as x(product, name, sku, price, quantity)""";

    private static final String EMPTY_CART = "delete from cart_items where user_id = :user";

    private static final String RETURN_STOCK = """
            update products p set stock = p.stock + i.quantity from order_items i where i.order_id = :order and p.id = i.product_id""";

    private static final int ATTEMPTS = 3;

    private final CommerceSettings settings;
    private final ObjectMapper json;

    OrderWrites(CommerceSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    /**
     * Checks out the buyer's cart to the address; answers the order's id. With an idempotency
     * key, a request already answered answers the same order again (the same key with another
     * request: 422).
     */
    public UUID checkout(Viewer buyer, UUID addressId, String idempotencyKey) {
        String hash = idempotencyKey == null ? null : hash("addressId=" + addressId);
        return Transactions.withRetry(ATTEMPTS, () -> {
            Sql.of(TAKE_TURN).bind("user", buyer.id()).first(row -> true);
            Context context = Sql.of(CONTEXT).bind("user", buyer.id()).bind("key", idempotencyKey).bind("address", addressId)
                    .first(OrderWrites::context).orElseThrow();
            if (context.existing() != null) {
                if (!context.existing().hash().equals(hash)) {
                    throw Problems.unprocessable("This Idempotency-Key was sent with another request; send a new key for a new checkout");
                }
                return context.existing().id();
            }
            AddressView address = context.address()
                    .orElseThrow(() -> Problems.invalid("body", "addressId", "is not one of your addresses"));
            List<Line> cart = Sql.of(LOCK_CART).bind("user", buyer.id()).list(OrderWrites::line);
            if (cart.isEmpty()) {
                throw Problems.of(jakarta.ws.rs.core.Response.Status.CONFLICT, "The cart is empty");
            }
            refuseWhatCannotShip(cart);
            return place(buyer, cart, address, idempotencyKey, hash);
        });
    }

    /** Moves the order to a new status; cancelling puts its items back in stock. */
    @Transactional
    public void moveTo(Viewer by, String number, OrderStatus next) {
        Order order = Order.lockFor(by, number).orElseThrow(() -> Problems.notFound("Order not found"));
        order.moveTo(by, next);
        order.flush();
        if (next == OrderStatus.CANCELLED) {
            Sql.of(RETURN_STOCK).bind("order", order.id).update();
        }
    }

    private UUID place(Viewer buyer, List<Line> cart, AddressView address, String key, String hash) {
        BigDecimal subtotal = cart.stream().map(line -> line.price().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        BigDecimal tax = subtotal.multiply(settings.taxRate()).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal shipping = subtotal.compareTo(settings.freeShippingFrom()) >= 0 ? new BigDecimal("0.00")
                : settings.shippingFee().setScale(2, RoundingMode.UNNECESSARY);
        UUID order = UUID.randomUUID();
        List<UUID> products = cart.stream().map(Line::product).toList();
        List<Integer> quantities = cart.stream().map(Line::quantity).toList();
        Sql.of(TAKE_STOCK).bind("products", products).bind("quantities", quantities).update();
        Sql.of(INSERT_ORDER).bind("id", order).bind("user", buyer.id()).bind("currency", cart.getFirst().currency())
                .bind("subtotal", subtotal).bind("tax", tax).bind("shipping", shipping).bind("total", subtotal.add(tax).add(shipping))
                .bind("ship_to", shipTo(address)).bind("key", key).bind("hash", hash).update();
        Sql.of(INSERT_ITEMS).bind("order", order).bind("products", products).bind("names", cart.stream().map(Line::name).toList())
                .bind("skus", cart.stream().map(Line::sku).toList()).bind("prices", cart.stream().map(Line::price).toList())
                .bind("quantities", quantities).update();
        Sql.of(EMPTY_CART).bind("user", buyer.id()).update();
        return order;
    }

    /** 409 naming every line whose product is archived, priced in another currency, or short of stock. */
    private static void refuseWhatCannotShip(List<Line> cart) {
        String currency = cart.getFirst().currency();
        List<Problem.Violation> refused = cart.stream().filter(line -> !line.active() || line.stock() < line.quantity()
                        || !line.currency().equals(currency))
                .map(line -> new Problem.Violation("items." + line.product(), "body",
                        !line.active() ? line.name() + " (" + line.sku() + ") is no longer sold"
                                : !line.currency().equals(currency) ? line.name() + " (" + line.sku() + ") is priced in " + line.currency()
                                : line.name() + " (" + line.sku() + "): " + line.stock() + " left, " + line.quantity() + " asked"))
                .toList();
        if (!refused.isEmpty()) {
            throw Problems.conflict(refused);
        }
    }

    private String shipTo(AddressView address) {
        try {
            return json.writeValueAsString(ShipTo.of(address));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An address could not be written as JSON", e);
        }
    }

    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Existing(UUID id, String hash) {
    }

    private record Context(Existing existing, Optional<AddressView> address) {
    }

    private record Line(UUID product, int quantity, String name, String sku, BigDecimal price, String currency, int stock,
                        boolean active) {
    }

    private static Context context(Row row) throws SQLException {
        UUID existing = row.uuid("existing_id");
        return new Context(existing == null ? null : new Existing(existing, row.text("existing_hash")),
                row.uuid("id") == null ? Optional.empty() : Optional.of(AddressReads.address(row)));
    }

    private static Line line(Row row) throws SQLException {
        return new Line(row.uuid("product_id"), row.integer("quantity"), row.text("name"), row.text("sku"), row.decimal("price"),
                row.text("currency"), row.integer("stock"), row.bool("active"));
    }
}
