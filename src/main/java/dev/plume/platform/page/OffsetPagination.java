package dev.plume.platform.page;

import dev.plume.platform.error.Problems;

import java.util.regex.Pattern;

/** The pagination block of a numbered page. */
public record OffsetPagination(int page, int limit, long total, long pages, boolean hasNext, boolean hasPrev) {

    public static OffsetPagination of(int page, int limit, long total) {
        long pages = (total + limit - 1) / limit;
        return new OffsetPagination(page, limit, total, pages, page < pages, page > 1);
    }

    private static final Pattern PAGE = Pattern.compile("0*[1-9][0-9]{0,5}");

    /** The {@code page} query parameter: a whole number from 1 to 999999. */
    public static int parsePage(String value) {
        if (value == null || !PAGE.matcher(value).matches()) {
            throw Problems.invalid("query", "page", "must be a whole number from 1 to 999999");
        }
        return Integer.parseInt(value.replaceFirst("^0+", ""));
    }

    public static long offset(int page, int limit) {
        return (long) (page - 1) * limit;
    }
}
