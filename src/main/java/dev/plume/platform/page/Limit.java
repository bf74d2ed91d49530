package dev.plume.platform.page;

import dev.plume.platform.error.Problems;

import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.regex.Pattern;

/** The {@code limit} query parameter: decimal digits, at least 1, 20 when absent, served at most 100. */
public final class Limit {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+");

    private Limit() {
    }

    /**
     * The limit of a request. Read from the raw query because an empty {@code limit=} must be
     * a 400, and JAX-RS hands it to a parameter as if it were absent.
     */
    public static int of(UriInfo uri) {
        List<String> values = uri.getQueryParameters().get("limit");
        return values == null ? DEFAULT : parse(values.getFirst() == null ? "" : values.getFirst());
    }

    public static int parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        String significant = LEADING_ZEROS.matcher(value).replaceFirst("");
        if (!DIGITS.matcher(value).matches() || significant.isEmpty()) {
            throw Problems.invalid("query", "limit", "must be a whole number from 1 (values above " + MAX + " are served as " + MAX + ")");
        }
        return significant.length() > 3 ? MAX : Math.min(Integer.parseInt(significant), MAX);
    }
}
