package dev.plume.workspace;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.util.Optional;
import java.util.UUID;

/** A project of an organization; archived, it keeps its tasks but takes no new ones. */
@Entity
@Table(name = "projects")
@DynamicUpdate
public class Project extends TimestampedEntity {

    @Column(name = "org_id")
    public UUID orgId;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    static Project create(UUID orgId, String name, String description) {
        Project project = new Project();
        project.orgId = orgId;
        project.name = name;
        project.description = description;
        project.status = ProjectStatus.ACTIVE;
        return project;
    }

    /** The organization's project with that id; another organization's is as absent as a missing one. */
    static Optional<Project> of(UUID orgId, UUID id) {
        return find("id = ?1 and orgId = ?2", id, orgId).firstResultOptional();
    }

    boolean takesTasks() {
        return status == ProjectStatus.ACTIVE;
    }
}
