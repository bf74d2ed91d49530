package dev.plume.platform.page;

import dev.plume.platform.error.Problems;
import dev.plume.platform.json.JsonSettings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position: the sort timestamp and id of the last item of a page. Opaque to
 * clients, URL-safe as is (base64url of {@code <timestamp>|<uuid>}), stateless, and valid
 * for ever: it names a position in the order, not a row that must still exist.
 */
public record Cursor(Instant at, UUID id) {

    public String encode() {
        String plain = JsonSettings.TIMESTAMP.format(at) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; null for none (absent or empty); 400 when it cannot be read. */
    public static Cursor decode(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new Cursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw Problems.invalid("query", "cursor", "is not a cursor this server returned");
        }
    }
}
