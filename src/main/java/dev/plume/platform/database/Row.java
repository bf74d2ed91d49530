package dev.plume.platform.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The current row of a result, read by column name in the Java type each column maps to. */
public final class Row {

    private final ResultSet rows;

    Row(ResultSet rows) {
        this.rows = rows;
    }

    public UUID uuid(String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    public String text(String column) throws SQLException {
        return rows.getString(column);
    }

    public Instant instant(String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public LocalDate date(String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    /** A count or other whole number; 0 for SQL null. */
    public long count(String column) throws SQLException {
        return rows.getLong(column);
    }

    /** A whole number that may be absent. */
    public Integer integer(String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    public float real(String column) throws SQLException {
        return rows.getFloat(column);
    }

    public BigDecimal decimal(String column) throws SQLException {
        return rows.getBigDecimal(column);
    }

    public boolean bool(String column) throws SQLException {
        return rows.getBoolean(column);
    }

    public boolean isNull(String column) throws SQLException {
        return rows.getObject(column) == null;
    }

    /** A JSON array the statement built (json_agg), as a list of {@code type}; read with the application's mapper. */
    public <T> List<T> list(String column, ObjectMapper json, Class<T> type) throws SQLException {
        try {
            return json.readValue(rows.getString(column), json.getTypeFactory().constructCollectionType(List.class, type));
        } catch (JsonProcessingException e) {
            throw new SQLException("Column " + column + " holds no JSON array of " + type.getSimpleName(), e);
        }
    }

    /** A text[] column; null stays null. */
    public List<String> texts(String column) throws SQLException {
        Array value = rows.getArray(column);
        return value == null ? null : List.of((String[]) value.getArray());
    }

    /** A JSON column (json, jsonb, or json the statement built) as {@code type}; read with the application's mapper. */
    public <T> T json(String column, ObjectMapper json, Class<T> type) throws SQLException {
        String value = rows.getString(column);
        try {
            return value == null ? null : json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("Column " + column + " holds no JSON " + type.getSimpleName(), e);
        }
    }

    /** A PostgreSQL enum or text column as the Java enum of the same names; null stays null. */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
