package dev.plume.platform.page;

import dev.plume.platform.error.Problems;

/** The pagination block of a numbered page. */
public record OffsetPagination(int page, int limit, long total, long pages, boolean hasNext, boolean hasPrev) {

    public static OffsetPagination of(int page, int limit, long total) {
        long pages = (total + limit - 1) / limit;
        return new OffsetPagination(page, limit, total, pages, page < pages, page > 1);
    }

    /** The {@code page} query parameter: a whole number from 1. */
    public static int parsePage(String value) {
        if (value == null || !value.matches("[0-9]{1,6}") || Integer.parseInt(value) < 1) {
            throw Problems.invalid("query", "page", "must be a whole number from 1 to 999999");
        }
        return Integer.parseInt(value);
    }

    public static long offset(int page, int limit) {
        return (long) (page - 1) * limit;
    }
}
