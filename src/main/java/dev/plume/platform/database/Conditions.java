package dev.plume.platform.database;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optional conditions of a filtered read, each written once with the values it binds: a
 * condition is in the text exactly when its values are bound, so the two cannot disagree.
 */
public final class Conditions {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** {@code and condition} when it holds; it binds nothing. */
    public Conditions andIf(boolean holds, String condition) {
        if (holds) {
            sql.append(" and ").append(condition);
        }
        return this;
    }

    /** {@code and condition}, binding {@code :name} to the value; nothing when the value is null. */
    public Conditions and(String condition, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return andIf(value != null, condition);
    }

    /** {@code and condition}, binding both names; nothing when either value is null. */
    public Conditions and(String condition, String name, Object value, String otherName, Object otherValue) {
        if (value != null && otherValue != null) {
            values.put(name, value);
            values.put(otherName, otherValue);
        }
        return andIf(value != null && otherValue != null, condition);
    }

    /** The text to append after a {@code where} clause: empty, or {@code " and …"} for each condition. */
    public String sql() {
        return sql.toString();
    }

    /** Binds the values of these conditions in a statement whose text holds {@link #sql()}. */
    public Sql bind(Sql statement) {
        values.forEach(statement::bind);
        return statement;
    }
}
