package dev.plume.workspace;

import dev.plume.platform.database.Sql;
import dev.plume.platform.error.Problems;

import java.util.UUID;

/**
 * The plans' limits, held under concurrency: every change that adds members or projects, or
 * changes the plan, first takes the organization's row lock, then counts. The count is a
 * statement of its own, so that it sees what the writer who held the lock before committed
 * (a count in the locking statement would read the snapshot taken before the wait).
 */
final class PlanLimits {

    private static final String LOCK = "select id from organizations where id = :org for update";
    private static final String COUNTS = """
            select o.plan, (select count(*) from org_members where org_id = o.id) as members,
                   (select count(*) from projects where org_id = o.id) as projects
            from organizations o where o.id = :org""";

    private final UUID orgId;

    private PlanLimits(UUID orgId) {
        this.orgId = orgId;
    }

    /**
     * Takes the organization's row lock until the transaction ends: owners then change one at a
     * time (two who leave at once cannot leave none), and the counts below are final.
     */
    static PlanLimits lock(UUID orgId) {
        Sql.of(LOCK).bind("org", orgId).first(row -> row.uuid("id")).orElseThrow(() -> Problems.notFound("Organization not found"));
        return new PlanLimits(orgId);
    }

    private record Headcount(Plan plan, long members, long projects) {
    }

    private Headcount count() {
        return Sql.of(COUNTS).bind("org", orgId).first(row -> new Headcount(row.enumValue("plan", Plan.class), row.count("members"), row.count("projects"))).orElseThrow();
    }

    /** 409 naming {@code field} when the plan has no room for one more member. */
    void roomForAMember(String field) {
        Headcount headcount = count();
        Plan plan = headcount.plan();
        if (headcount.members() >= plan.members()) {
            throw Problems.conflict(field, "the organization has the " + plan.members() + " members its " + plan + " plan allows");
        }
    }

    /** 409 naming {@code field} when the plan has no room for one more project. */
    void roomForAProject(String field) {
        Headcount headcount = count();
        Plan plan = headcount.plan();
        if (headcount.projects() >= plan.projects()) {
            throw Problems.conflict(field, "the organization has the " + plan.projects() + " projects its " + plan + " plan allows");
        }
    }

    /** 409 on {@code plan} when the organization has more than the new plan allows. */
    void fits(Plan plan) {
        Headcount headcount = count();
        if (headcount.members() > plan.members() || headcount.projects() > plan.projects()) {
            throw Problems.conflict("plan", "the organization has more members or projects than " + plan + " allows");
        }
    }
}
