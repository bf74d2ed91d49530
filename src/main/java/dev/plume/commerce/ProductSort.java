package dev.plume.commerce;

import dev.plume.platform.database.Row;
import dev.plume.platform.page.Cursor;

import java.sql.SQLException;

/** The orders of the product list, each a keyset on its own index (migration V7) with the id as tie-break. */
enum ProductSort {
    NEWEST("p.created_at desc, p.id desc", "(p.created_at, p.id) < (:after_key, :after_id)"),
    PRICE("p.price, p.id", "(p.price, p.id) > (:after_key, :after_id)"),
    PRICE_DESC("p.price desc, p.id desc", "(p.price, p.id) < (:after_key, :after_id)"),
    RATING("rating_key desc, p.id desc", "(" + ProductReads.RATING_KEY + ", p.id) < (:after_key, :after_id)");

    final String orderBy;
    final String after;

    ProductSort(String orderBy, String after) {
        this.orderBy = orderBy;
        this.after = after;
    }

    /** The position after this row, in this order. */
    Cursor cursorOf(Row row) throws SQLException {
        return switch (this) {
            case NEWEST -> new Cursor(row.instant("created_at"), row.uuid("id"));
            case PRICE, PRICE_DESC -> new Cursor(row.decimal("price"), row.uuid("id"));
            case RATING -> new Cursor(row.decimal("rating_key"), row.uuid("id"));
        };
    }

    /** The cursor's key as the value the keyset compares; 400 for a cursor of another order. */
    Object key(Cursor cursor) {
        return this == NEWEST ? cursor.at() : cursor.decimal();
    }
}
