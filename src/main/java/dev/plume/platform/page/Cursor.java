package dev.plume.platform.page;

import dev.plume.platform.error.Problems;
import dev.plume.platform.json.JsonSettings;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position: the sort key and id of the last item of a page (a timestamp for the lists
 * ordered by time, a price or a rating for others). Opaque to clients, URL-safe as is
 * (base64url of {@code <key>|<uuid>}), stateless, and valid for ever: it names a position in
 * the order, not a row that must still exist.
 */
public record Cursor(String key, UUID id) {

    public Cursor(Instant at, UUID id) {
        this(JsonSettings.TIMESTAMP.format(at), id);
    }

    public Cursor(BigDecimal value, UUID id) {
        this(value.toPlainString(), id);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The key as a timestamp; 400 when the client sent back a cursor of another list. */
    public Instant at() {
        try {
            return Instant.parse(key);
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    /** The key as a number; 400 when the client sent back a cursor of another list. */
    public BigDecimal decimal() {
        try {
            return new BigDecimal(key);
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    /** The cursor a client sent back; null for none (absent or empty); 400 when it cannot be read. */
    public static Cursor decode(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = plain.lastIndexOf('|');
            if (bar <= 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new Cursor(plain.substring(0, bar), UUID.fromString(plain.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    private static RuntimeException unreadable() {
        return Problems.invalid("query", "cursor", "is not a cursor this server returned");
    }
}
