package dev.plume.platform.database;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The feed's reads (the benchmark's R1 and R2), sent on the Hibernate session's
 * own connection and mapped by column name. Hibernate's native-query handling (a result mapping
 * resolved from the driver's metadata on every execution, a map for every Tuple row) cost about
 * a quarter of a feed request's CPU; without it the feed serves about 20 % more requests
 * (README, Performance).
 * Unlike a Hibernate query, this does not flush the session first: it serves reads outside write
 * transactions. Everything else reads through Hibernate, the post detail too: read this way it
 * served R3 faster but with rare answers waiting up to 1.8 s, a tail not explained yet (README).
 */
public final class HotReads {

    private HotReads() {
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The rows of {@code sql}, its {@code ?} bound to {@code parameters} in order. */
    public static <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i) instanceof Instant instant
                            ? instant.atOffset(ZoneOffset.UTC) : parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> results = new ArrayList<>();
                    while (rows.next()) {
                        results.add(mapper.map(rows));
                    }
                    return results;
                }
            }
        });
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
