package dev.plume.workspace;

import dev.plume.workspace.WorkspaceDtos.CreateOrganizationRequest;
import dev.plume.workspace.WorkspaceDtos.CreateProjectRequest;
import dev.plume.workspace.WorkspaceDtos.CreateTaskRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dev seed's workspaces: two organizations with members of every role, projects and tasks. */
@ApplicationScoped
public class WorkspaceSeed {

    private static final List<OrgRole> MEMBER_ROLES = List.of(OrgRole.ADMIN, OrgRole.MEMBER, OrgRole.VIEWER);
    private static final List<String> TITLES = List.of("Draft the roadmap", "Design the landing page", "Set up CI",
            "Write the API docs", "Fix the login bug", "Plan the launch", "Review the pricing page", "Migrate the database");

    private final OrganizationWrites organizations;
    private final ProjectWrites projects;
    private final TaskWrites tasks;
    private final Workspaces workspaces;

    WorkspaceSeed(OrganizationWrites organizations, ProjectWrites projects, TaskWrites tasks, Workspaces workspaces) {
        this.organizations = organizations;
        this.projects = projects;
        this.tasks = tasks;
        this.workspaces = workspaces;
    }

    /** Each organization is owned by the first of its users; the others join with ADMIN, MEMBER and VIEWER. */
    public void run(List<UUID> acmeUsers, List<UUID> globexUsers) {
        organization("Acme Robotics", acmeUsers, List.of("Website relaunch", "Mobile app"));
        organization("Globex", globexUsers, List.of("Quarterly report"));
    }

    private void organization(String name, List<UUID> users, List<String> projectNames) {
        UUID owner = users.getFirst();
        String slug = organizations.create(owner, new CreateOrganizationRequest(name, null));
        for (int i = 1; i < users.size(); i++) {
            OrgRole role = MEMBER_ROLES.get((i - 1) % MEMBER_ROLES.size());
            UUID user = users.get(i);
            workspaces.in(slug, owner, OrgRole.OWNER, entered -> {
                Membership.of(entered.orgId(), user, role).persist();
                return user;
            });
        }
        int n = 0;
        for (String projectName : projectNames) {
            UUID project = projects.create(slug, owner, new CreateProjectRequest(projectName, "Seeded for trying the API."));
            for (int i = 0; i < 6; i++, n++) {
                tasks.create(slug, owner, project, new CreateTaskRequest(TITLES.get(n % TITLES.size()), null,
                        TaskStatus.values()[n % TaskStatus.values().length], TaskPriority.values()[(n * 3) % TaskPriority.values().length],
                        users.get(n % users.size()), LocalDate.of(2027, 1, 1).plusDays(n * 3L), new BigDecimal("2.50"), null,
                        List.of(n % 2 == 0 ? "frontend" : "backend"), Map.of("sprint", String.valueOf(1 + n % 3))));
            }
        }
    }
}
