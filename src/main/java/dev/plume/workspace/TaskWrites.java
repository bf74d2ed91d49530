package dev.plume.workspace;

import dev.plume.platform.error.Problems;
import dev.plume.workspace.WorkspaceDtos.CreateTaskRequest;
import dev.plume.workspace.WorkspaceDtos.UpdateTaskRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tasks, written by an organization's MEMBERs and above, in active projects, assigned to members only. */
@ApplicationScoped
public class TaskWrites {

    private final Workspaces workspaces;

    TaskWrites(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    public UUID create(String slug, UUID caller, UUID projectId, CreateTaskRequest request) {
        return workspaces.in(slug, caller, OrgRole.MEMBER, entered -> {
            Project project = Project.of(entered.orgId(), projectId).orElseThrow(() -> Problems.notFound("Project not found"));
            if (!project.takesTasks()) {
                throw Problems.conflict("projectId", "the project is archived");
            }
            Task task = new Task();
            task.orgId = entered.orgId();
            task.projectId = projectId;
            task.title = request.title().strip();
            task.description = request.description();
            task.status = request.status() == null ? TaskStatus.TODO : request.status();
            task.priority = request.priority() == null ? TaskPriority.MEDIUM : request.priority();
            task.assigneeId = assignable(entered.orgId(), request.assigneeId());
            task.dueDate = request.dueDate();
            task.estimatedHours = request.estimatedHours();
            task.actualHours = request.actualHours();
            task.labels = request.labels() == null ? List.of() : List.copyOf(request.labels());
            task.metadata = request.metadata() == null ? Map.of() : Map.copyOf(request.metadata());
            task.createdBy = caller;
            task.persistAndFlush();
            return task.id;
        });
    }

    public void update(String slug, UUID caller, UUID projectId, UUID taskId, UpdateTaskRequest request) {
        workspaces.in(slug, caller, OrgRole.MEMBER, entered -> {
            Task task = Task.of(entered.orgId(), projectId, taskId).orElseThrow(() -> Problems.notFound("Task not found"));
            if (request.title() != null) {
                task.title = request.title().strip();
            }
            if (request.description() != null) {
                task.description = request.description();
            }
            if (request.status() != null) {
                task.status = request.status();
            }
            if (request.priority() != null) {
                task.priority = request.priority();
            }
            if (Boolean.TRUE.equals(request.unassign())) {
                if (request.assigneeId() != null) {
                    throw Problems.invalid("body", "unassign", "cannot go with an assigneeId");
                }
                task.assigneeId = null;
            } else if (request.assigneeId() != null) {
                task.assigneeId = assignable(entered.orgId(), request.assigneeId());
            }
            if (request.dueDate() != null) {
                task.dueDate = request.dueDate();
            }
            if (request.estimatedHours() != null) {
                task.estimatedHours = request.estimatedHours();
            }
            if (request.actualHours() != null) {
                task.actualHours = request.actualHours();
            }
            if (request.labels() != null) {
                task.labels = List.copyOf(request.labels());
            }
            if (request.metadata() != null) {
                task.metadata = Map.copyOf(request.metadata());
            }
            return task;
        });
    }

    public void delete(String slug, UUID caller, UUID projectId, UUID taskId) {
        workspaces.in(slug, caller, OrgRole.MEMBER, entered -> {
            Task task = Task.of(entered.orgId(), projectId, taskId).orElseThrow(() -> Problems.notFound("Task not found"));
            task.delete();
            return task;
        });
    }

    /** The assignee, if a member of the organization (422 otherwise, naming the field); null stays null. */
    private static UUID assignable(UUID orgId, UUID assigneeId) {
        if (assigneeId != null && Membership.find(orgId, assigneeId).isEmpty()) {
            throw Problems.invalid("body", "assigneeId", "is not a member of the organization");
        }
        return assigneeId;
    }
}
