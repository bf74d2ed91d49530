package dev.plume.platform.page;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** The pagination block of a keyset page: {@code nextCursor} is non-null exactly when {@code hasMore}. */
public record CursorPagination(@Schema(nullable = true, description = "Pass back as `cursor` for the next page; null on the last page") String nextCursor,
                               boolean hasMore) {

    /**
     * Trims a result fetched with {@code limit + 1} rows to {@code limit} and tells whether
     * more follow, with the cursor of the last item kept.
     */
    public static <T> Slice<T> slice(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Slice<>(fetched, new CursorPagination(null, false));
        }
        List<T> items = fetched.subList(0, limit);
        return new Slice<>(items, new CursorPagination(cursorOf.apply(items.getLast()).encode(), true));
    }

    public record Slice<T>(List<T> items, CursorPagination pagination) {
    }
}
