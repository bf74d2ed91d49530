package dev.plume.workspace;

import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import dev.plume.workspace.WorkspaceDtos.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An organization's projects, newest first, with their task counts; one statement each. */
@ApplicationScoped
public class ProjectReads {

    private static final String COLUMNS = """
            select p.id, p.name, p.description, p.status, p.created_at, p.updated_at,
                   (select count(*) from tasks t where t.project_id = p.id) as task_count
            from projects p""";
    private static final String ONE = COLUMNS + " where p.org_id = :org and p.id = :project";

    public List<ProjectView> page(UUID orgId, Cursor after, int fetch) {
        Sql statement = Sql.of(COLUMNS + " where p.org_id = :org" + (after == null ? "" : " and (p.created_at, p.id) < (:after_at, :after_id)")
                + " order by p.created_at desc, p.id desc" + Sql.limit(fetch)).bind("org", orgId);
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(ProjectReads::view);
    }

    public Optional<ProjectView> one(UUID orgId, UUID projectId) {
        return Sql.of(ONE).bind("org", orgId).bind("project", projectId).first(ProjectReads::view);
    }

    private static ProjectView view(Row row) throws SQLException {
        return new ProjectView(row.uuid("id"), row.text("name"), row.text("description"), row.enumValue("status", ProjectStatus.class),
                row.count("task_count"), row.instant("created_at"), row.instant("updated_at"));
    }
}
