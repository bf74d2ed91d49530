package dev.plume.platform.slug;

import dev.plume.platform.database.Sql;

import java.util.HashSet;
import java.util.Set;

/**
 * The first free slug of a text in a table: {@code base}, else {@code base-2}, {@code base-3}...
 * Writers of one base take their turn (a transaction-scoped advisory lock on table and base),
 * so they never collide however many there are; a collision is left only between different
 * bases whose slugs meet ("A 2" and a second "A"), which the caller retries.
 */
public final class SlugClaims {

    private static final String TAKE_TURN = "select pg_advisory_xact_lock(hashtext(:scope)) is null as locked";

    private SlugClaims() {
    }

    /** Call inside the transaction that stores the slug; {@code table} is a constant of the caller's. */
    public static String claim(String table, String base) {
        Sql.of(TAKE_TURN).bind("scope", table + ":" + base).first(row -> true);
        Set<String> taken = new HashSet<>(Sql.of("select slug from " + table + " where slug = :base or slug like :numbered")
                .bind("base", base).bind("numbered", base + "-%").list(row -> row.text("slug")));
        int n = 1;
        while (taken.contains(Slugs.numbered(base, n))) {
            n++;
        }
        return Slugs.numbered(base, n);
    }
}
