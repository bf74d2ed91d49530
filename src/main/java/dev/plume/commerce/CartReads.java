package dev.plume.commerce;

import dev.plume.commerce.CartDtos.Cart;
import dev.plume.commerce.CartDtos.CartLine;
import dev.plume.platform.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CartReads {

    private static final String CART = """
            select p.id, p.name, p.slug, p.price, p.currency, c.quantity, p.price * c.quantity as line_total,
                   p.active and p.stock >= c.quantity as available
            from cart_items c join products p on p.id = c.product_id
            where c.user_id = :user order by c.added_at, p.id""";

    public Cart of(UUID userId) {
        record Line(CartLine line, String currency) {
        }
        List<Line> lines = Sql.of(CART).bind("user", userId).list(row -> new Line(new CartLine(row.uuid("id"), row.text("name"),
                row.text("slug"), row.decimal("price"), row.integer("quantity"), row.decimal("line_total"), row.bool("available")),
                row.text("currency")));
        return new Cart(lines.stream().map(Line::line).toList(), lines.isEmpty() ? null : lines.getFirst().currency(),
                lines.stream().map(line -> line.line().lineTotal()).reduce(new BigDecimal("0.00"), BigDecimal::add));
    }
}
