package dev.plume.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.platform.database.Conditions;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import dev.plume.workspace.WorkspaceDtos.Assignee;
import dev.plume.workspace.WorkspaceDtos.BoardColumn;
import dev.plume.workspace.WorkspaceDtos.MyTask;
import dev.plume.workspace.WorkspaceDtos.TaskView;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tasks: lists (keyset, newest first), one task, a project's board and a user's tasks; one statement each. */
@ApplicationScoped
public class TaskReads {

    static final int BOARD_COLUMN_SIZE = 50;

    private static final String COLUMNS = """
            select t.id, t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, u.name as assignee_name,
                   t.due_date, t.estimated_hours, t.actual_hours, t.labels, t.metadata, t.created_at, t.updated_at""";
    private static final String FROM = " from tasks t left join users u on u.id = t.assignee_id";
    /**
     * A board: for each status, its count and its first tasks, most urgent first, in one
     * statement; each column is read from tasks_board_idx, however many tasks the project has.
     */
    private static final String BOARD = """
            select c.column_count, card.*
            from unnest(array['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE']) with ordinality s(status, n)
            cross join lateral (select count(*) as column_count from tasks t
                                where t.org_id = :org and t.project_id = :project and t.status = s.status) c
            join lateral (%s%s
                          where t.org_id = :org and t.project_id = :project and t.status = s.status
                          order by t.urgency, t.due_date, t.created_at, t.id
                          limit %d) card on true
            order by s.n""".formatted(COLUMNS, FROM, BOARD_COLUMN_SIZE);
    private static final String MINE = COLUMNS + ", o.slug as org_slug, p.name as project_name" + FROM + """

            join projects p on p.id = t.project_id join organizations o on o.id = t.org_id
            where t.assignee_id = :user""";

    private final ObjectMapper json;

    TaskReads(ObjectMapper json) {
        this.json = json;
    }

    /** The organization's tasks (of one project when {@code projectId} is given) that pass the filter. */
    public List<TaskView> page(UUID orgId, UUID projectId, TaskFilter filter, Cursor after, int fetch) {
        Conditions where = filter.conditions().and("t.project_id = :project", "project", projectId);
        Sql statement = where.bind(Sql.of(COLUMNS + FROM + " where t.org_id = :org" + where.sql()
                + (after == null ? "" : " and (t.created_at, t.id) < (:after_at, :after_id)")
                + " order by t.created_at desc, t.id desc" + Sql.limit(fetch))).bind("org", orgId);
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(this::view);
    }

    public Optional<TaskView> one(UUID orgId, UUID projectId, UUID taskId) {
        return Sql.of(COLUMNS + FROM + " where t.org_id = :org and t.project_id = :project and t.id = :task")
                .bind("org", orgId).bind("project", projectId).bind("task", taskId).first(this::view);
    }

    /** The board's four columns in order, empty ones included. */
    public List<BoardColumn> board(UUID orgId, UUID projectId) {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        Map<TaskStatus, List<TaskView>> cards = new EnumMap<>(TaskStatus.class);
        Sql.of(BOARD).bind("org", orgId).bind("project", projectId).list(row -> {
            TaskView task = view(row);
            counts.put(task.status(), row.count("column_count"));
            cards.computeIfAbsent(task.status(), status -> new ArrayList<>()).add(task);
            return task;
        });
        List<BoardColumn> columns = new ArrayList<>();
        for (TaskStatus status : TaskStatus.values()) {
            columns.add(new BoardColumn(status, counts.getOrDefault(status, 0L), cards.getOrDefault(status, List.of())));
        }
        return columns;
    }

    /** The user's tasks in every organization they belong to: run as that member (Workspaces.asMember). */
    public List<MyTask> mine(UUID userId, Cursor after, int fetch) {
        Sql statement = Sql.of(MINE + (after == null ? "" : " and (t.created_at, t.id) < (:after_at, :after_id)")
                + " order by t.created_at desc, t.id desc" + Sql.limit(fetch)).bind("user", userId);
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(row -> new MyTask(view(row), row.text("org_slug"), row.text("project_name")));
    }

    @SuppressWarnings("unchecked")
    private TaskView view(Row row) throws SQLException {
        UUID assignee = row.uuid("assignee_id");
        return new TaskView(row.uuid("id"), row.uuid("project_id"), row.text("title"), row.text("description"),
                row.enumValue("status", TaskStatus.class), row.enumValue("priority", TaskPriority.class),
                assignee == null ? null : new Assignee(assignee, row.text("assignee_name")), row.date("due_date"),
                row.decimal("estimated_hours"), row.decimal("actual_hours"), row.texts("labels"),
                row.json("metadata", json, Map.class), row.instant("created_at"), row.instant("updated_at"));
    }
}
