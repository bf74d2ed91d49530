package dev.plume.workspace;

import dev.plume.platform.database.Conditions;
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

    /** The conditions these filters make on tasks {@code t}. */
    Conditions conditions() {
        if (metadataValue != null && metadataKey == null) {
            throw Problems.invalid("query", "metadataValue", "needs metadataKey");
        }
        return new Conditions()
                .and("t.status = :status", "status", status == null ? null : named("status", status, TaskStatus.class))
                .and("t.priority = :priority", "priority", priority == null ? null : named("priority", priority, TaskPriority.class))
                .and("t.assignee_id = :assignee", "assignee", assignee == null ? null : uuid("assignee", assignee))
                .and("t.due_date <= :due_before", "due_before", dueBefore == null ? null : date("dueBefore", dueBefore))
                .and("t.due_date >= :due_after", "due_after", dueAfter == null ? null : date("dueAfter", dueAfter))
                .and("t.labels @> array[cast(:label as text)]", "label", label)
                // ?? reaches PostgreSQL as its ? operator
                .and("t.metadata ?? :metadata_key", "metadata_key", metadataValue == null ? metadataKey : null)
                .and("t.metadata @> jsonb_build_object(cast(:metadata_key as text), cast(:metadata_value as text))",
                        "metadata_key", metadataKey, "metadata_value", metadataValue)
                .and("t.search @@ websearch_to_tsquery('english', :q)", "q", q == null || q.isBlank() ? null : q);
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
