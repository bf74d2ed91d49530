package dev.plume.workspace;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A task of a project; its assignee is a member of its organization (a foreign key holds it). */
@Entity
@Table(name = "tasks")
@DynamicUpdate
public class Task extends TimestampedEntity {

    @Column(name = "org_id")
    public UUID orgId;

    @Column(name = "project_id")
    public UUID projectId;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    @Enumerated(EnumType.STRING)
    public TaskPriority priority;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "estimated_hours")
    public BigDecimal estimatedHours;

    @Column(name = "actual_hours")
    public BigDecimal actualHours;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> labels;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> metadata;

    @Column(name = "created_by")
    public UUID createdBy;

    /** The organization's task with that id in that project; any other is as absent as a missing one. */
    static Optional<Task> of(UUID orgId, UUID projectId, UUID id) {
        return find("id = ?1 and orgId = ?2 and projectId = ?3", id, orgId, projectId).firstResultOptional();
    }
}
