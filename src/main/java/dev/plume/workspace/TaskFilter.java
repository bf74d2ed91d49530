package dev.plume.workspace;

import dev.plume.platform.database.Sql;
import dev.plume.platform.error.Problems;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/** The filters of a task list, each optional; together they all hold. */
public class TaskFilter {

    @QueryParam("status")
    @Parameter(description = "TODO, IN_PROGRESS, REVIEW or DONE", schema = @Schema(type = SchemaType.STRING, enumeration = {"TODO", "IN_PROGRESS", "REVIEW", "DONE"}))
    String status;

    @QueryParam("priority")
    @Parameter(description = "LOW, MEDIUM, HIGH or URGENT", schema = @Schema(type = SchemaType.STRING, enumeration = {"LOW", "MEDIUM", "HIGH", "URGENT"}))
    String priority;

    @QueryParam("assignee")
    @Parameter(description = "The assignee's user id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    String assignee;

    @QueryParam("dueBefore")
    @Parameter(description = "Due on or before this date (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String dueBefore;

    @QueryParam("dueAfter")
    @Parameter(description = "Due on or after this date (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String dueAfter;

    @QueryParam("label")
    @Parameter(description = "Has this label")
    String label;

    @QueryParam("metadataKey")
    @Parameter(description = "Has this metadata key (with metadataValue: this value under it)")
    String metadataKey;

    @QueryParam("metadataValue")
    @Parameter(description = "With metadataKey: the value under it")
    String metadataValue;

    @QueryParam("q")
    @Parameter(description = "Full-text search in titles and descriptions, web-search syntax")
    String q;

    /** The SQL condition these filters make on tasks {@code t}, bound by {@link #bind}. */
    String condition() {
        StringBuilder sql = new StringBuilder();
        if (status != null) {
            sql.append(" and t.status = :status");
        }
        if (priority != null) {
            sql.append(" and t.priority = :priority");
        }
        if (assignee != null) {
            sql.append(" and t.assignee_id = :assignee");
        }
        if (dueBefore != null) {
            sql.append(" and t.due_date <= :due_before");
        }
        if (dueAfter != null) {
            sql.append(" and t.due_date >= :due_after");
        }
        if (label != null) {
            sql.append(" and t.labels @> array[cast(:label as text)]");
        }
        if (metadataKey != null) {
            sql.append(metadataValue == null ? " and t.metadata ?? :metadata_key" // ?? reaches PostgreSQL as its ? operator
                    : " and t.metadata @> jsonb_build_object(cast(:metadata_key as text), cast(:metadata_value as text))");
        } else if (metadataValue != null) {
            throw Problems.invalid("query", "metadataValue", "needs metadataKey");
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and t.search @@ websearch_to_tsquery('english', :q)");
        }
        return sql.toString();
    }

    void bind(Sql statement) {
        if (status != null) {
            statement.bind("status", named("status", status, TaskStatus.class));
        }
        if (priority != null) {
            statement.bind("priority", named("priority", priority, TaskPriority.class));
        }
        if (assignee != null) {
            statement.bind("assignee", uuid("assignee", assignee));
        }
        if (dueBefore != null) {
            statement.bind("due_before", date("dueBefore", dueBefore));
        }
        if (dueAfter != null) {
            statement.bind("due_after", date("dueAfter", dueAfter));
        }
        if (label != null) {
            statement.bind("label", label);
        }
        if (metadataKey != null) {
            statement.bind("metadata_key", metadataKey);
            if (metadataValue != null) {
                statement.bind("metadata_value", metadataValue);
            }
        }
        if (q != null && !q.isBlank()) {
            statement.bind("q", q);
        }
    }

    private static <E extends Enum<E>> E named(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", field, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", field, "is not a UUID");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalid("query", field, "is not a date (YYYY-MM-DD)");
        }
    }
}
