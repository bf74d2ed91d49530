package dev.plume.platform.slug;

import com.github.slugify.Slugify;

/** URL slugs from human text: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    private static final Slugify SLUGIFY = Slugify.builder().transliterator(false).lowerCase(true).build();
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug of a text; "item" when the text has no letters or digits to keep. */
    public static String of(String text) {
        String slug = SLUGIFY.slugify(text == null ? "" : text);
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
