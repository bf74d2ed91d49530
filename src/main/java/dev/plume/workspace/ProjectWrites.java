package dev.plume.workspace;

import dev.plume.platform.error.Problems;
import dev.plume.workspace.WorkspaceDtos.CreateProjectRequest;
import dev.plume.workspace.WorkspaceDtos.UpdateProjectRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Projects, managed by an organization's ADMINs; their number holds to the plan under the organization's lock. */
@ApplicationScoped
public class ProjectWrites {

    private final Workspaces workspaces;

    ProjectWrites(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    public UUID create(String slug, UUID caller, CreateProjectRequest request) {
        return workspaces.in(slug, caller, OrgRole.ADMIN, entered -> {
            PlanLimits.lock(entered.orgId()).roomForAProject("name");
            Project project = Project.create(entered.orgId(), request.name().strip(), request.description());
            project.persistAndFlush();
            return project.id;
        });
    }

    public void update(String slug, UUID caller, UUID projectId, UpdateProjectRequest request) {
        workspaces.in(slug, caller, OrgRole.ADMIN, entered -> {
            Project project = Project.of(entered.orgId(), projectId).orElseThrow(() -> Problems.notFound("Project not found"));
            if (request.name() != null) {
                project.name = request.name().strip();
            }
            if (request.description() != null) {
                project.description = request.description();
            }
            if (request.status() != null) {
                project.status = request.status();
            }
            return project;
        });
    }

    public void delete(String slug, UUID caller, UUID projectId) {
        workspaces.in(slug, caller, OrgRole.ADMIN, entered -> {
            Project project = Project.of(entered.orgId(), projectId).orElseThrow(() -> Problems.notFound("Project not found"));
            project.delete();
            return project;
        });
    }
}
