package dev.plume.platform.database;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Typed reads of native-query results, whatever Java type the driver chose for them. */
public final class Rows {

    private Rows() {
    }

    /**
     * The first row of a native query, as {@code type}. Never give a native query a scalar result
     * class ({@code String.class}, {@code UUID.class}): Hibernate 7.3 then builds a query-plan key
     * that never equals the previous call's, so every call adds a plan (see QueryPlanCacheTest).
     * Such queries stay untyped and are cast here.
     */
    public static <T> Optional<T> first(Query query, Class<T> type) {
        return query.getResultList().stream().findFirst().map(type::cast);
    }

    public static UUID uuid(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static String text(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    public static Instant instant(Tuple row, String column) {
        return switch (row.get(column)) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            case Object other -> throw new IllegalStateException("Column " + column + " is no timestamp: " + other.getClass());
        };
    }

    public static long count(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static float real(Tuple row, String column) {
        return ((Number) row.get(column)).floatValue();
    }
}
