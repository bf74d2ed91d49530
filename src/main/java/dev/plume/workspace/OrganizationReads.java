package dev.plume.workspace;

import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import dev.plume.workspace.WorkspaceDtos.Limits;
import dev.plume.workspace.WorkspaceDtos.MemberView;
import dev.plume.workspace.WorkspaceDtos.OrganizationSummary;
import dev.plume.workspace.WorkspaceDtos.OrganizationView;
import dev.plume.workspace.WorkspaceDtos.TaskCounts;
import dev.plume.workspace.WorkspaceDtos.Usage;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Organizations and their members, each read one statement inside the transaction that entered them (Workspaces). */
@ApplicationScoped
public class OrganizationReads {

    /** The user's organizations: a transaction as that member (Row-Level Security shows only theirs). */
    private static final String MINE = """
            select o.id, o.slug, o.name, o.plan, m.role
            from organizations o join org_members m on m.org_id = o.id and m.user_id = :user
            order by o.name, o.id""";
    /** The organization with its usage, in one statement. */
    private static final String DETAIL = """
            select o.id, o.slug, o.name, o.plan, o.created_at,
                   (select count(*) from org_members m where m.org_id = o.id) as members,
                   (select count(*) from projects p where p.org_id = o.id) as projects,
                   t.todo, t.in_progress, t.review, t.done
            from organizations o,
                 lateral (select count(*) filter (where status = 'TODO') as todo,
                                 count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                                 count(*) filter (where status = 'REVIEW') as review,
                                 count(*) filter (where status = 'DONE') as done
                          from tasks where org_id = o.id) t
            where o.id = :org""";
    private static final String MEMBERS = """
            select m.user_id, u.name, u.email, u.image, m.role, m.joined_at
            from org_members m join users u on u.id = m.user_id
            where m.org_id = :org
            order by m.joined_at, m.user_id""";

    public List<OrganizationSummary> mine(UUID userId) {
        return Sql.of(MINE).bind("user", userId).list(row -> new OrganizationSummary(row.uuid("id"), row.text("slug"), row.text("name"),
                row.enumValue("plan", Plan.class), row.enumValue("role", OrgRole.class)));
    }

    public OrganizationView detail(Workspaces.Entered entered) {
        return Sql.of(DETAIL).bind("org", entered.orgId()).first(row -> view(row, entered.role())).orElseThrow();
    }

    public List<MemberView> members(UUID orgId) {
        return Sql.of(MEMBERS).bind("org", orgId).list(row -> new MemberView(row.uuid("user_id"), row.text("name"), row.text("email"),
                row.text("image"), row.enumValue("role", OrgRole.class), row.instant("joined_at")));
    }

    private static OrganizationView view(Row row, OrgRole role) throws SQLException {
        Plan plan = row.enumValue("plan", Plan.class);
        return new OrganizationView(row.uuid("id"), row.text("slug"), row.text("name"), plan, role,
                new Usage(row.count("members"), row.count("projects"),
                        new TaskCounts(row.count("todo"), row.count("in_progress"), row.count("review"), row.count("done"))),
                new Limits(plan.memberLimit().isPresent() ? plan.members() : null, plan.projectLimit().isPresent() ? plan.projects() : null),
                row.instant("created_at"));
    }
}
