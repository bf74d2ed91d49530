package dev.plume.platform.page;

import dev.plume.platform.error.Problems;

import java.util.regex.Pattern;

/** The {@code limit} query parameter: decimal digits, at least 1, 20 when absent, served at most 100. */
public final class Limit {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Limit() {
    }

    public static int parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        String significant = value.replaceFirst("^0+", "");
        if (!DIGITS.matcher(value).matches() || significant.isEmpty()) {
            throw Problems.invalid("query", "limit", "must be a whole number from 1 (values above " + MAX + " are served as " + MAX + ")");
        }
        return significant.length() > 3 ? MAX : Math.min(Integer.parseInt(significant), MAX);
    }
}
