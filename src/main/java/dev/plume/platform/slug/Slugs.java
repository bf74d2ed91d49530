package dev.plume.platform.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs from human text: lowercase ASCII letters and digits joined by single hyphens,
 * accents dropped ({@code "Crème Brûlée!"} → {@code "creme-brulee"}).
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug of a text; "item" when the text has no letters or digits to keep. */
    public static String of(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("");
        String slug = SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The n-th alternative of a taken slug: {@code base-2}, {@code base-3}, ... */
    public static String numbered(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}
