package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import dev.plume.workspace.WorkspaceDtos.CreateTaskRequest;
import dev.plume.workspace.WorkspaceDtos.TaskEnvelope;
import dev.plume.workspace.WorkspaceDtos.TaskPage;
import dev.plume.workspace.WorkspaceDtos.TaskView;
import dev.plume.workspace.WorkspaceDtos.UpdateTaskRequest;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** A project's tasks: its organization's members read them, MEMBERs and above write them. */
@Path("/api/orgs/{slug}/projects/{projectId}/tasks")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class TaskResource {

    private final Workspaces workspaces;
    private final TaskReads reads;
    private final ProjectReads projects;
    private final TaskWrites writes;
    private final SecurityIdentity identity;

    TaskResource(Workspaces workspaces, TaskReads reads, ProjectReads projects, TaskWrites writes, SecurityIdentity identity) {
        this.workspaces = workspaces;
        this.reads = reads;
        this.projects = projects;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The project's tasks that pass the filters, newest first")
    public TaskPage tasks(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId,
                          @BeanParam TaskFilter filter, @BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        Cursor after = paging.cursor();
        List<TaskView> fetched = workspaces.in(slug, me(), OrgRole.VIEWER, entered -> {
            List<TaskView> page = reads.page(entered.orgId(), projectId, filter, after, size + 1);
            if (page.isEmpty() && projects.one(entered.orgId(), projectId).isEmpty()) {
                throw Problems.notFound("Project not found");
            }
            return page;
        });
        return page(fetched, size);
    }

    static TaskPage page(List<TaskView> fetched, int size) {
        CursorPagination.Slice<TaskView> slice = CursorPagination.slice(fetched, size, task -> new Cursor(task.createdAt(), task.id()));
        return new TaskPage(slice.items(), slice.pagination());
    }

    @POST
    @PerUserRateLimit("writes")
    @Operation(summary = "Create a task in an active project (MEMBER)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskEnvelope.class)))
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    @ErrorAnswer(status = 409, description = "The project is archived")
    public RestResponse<TaskEnvelope> create(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId,
                                             @Valid @NotNull CreateTaskRequest request) {
        UUID id = writes.create(slug, me(), projectId, request);
        return RestResponse.ResponseBuilder.<TaskEnvelope>created(URI.create("/api/orgs/" + slug + "/projects/" + projectId + "/tasks/" + id))
                .entity(one(slug, projectId, id)).build();
    }

    @GET
    @Path("/{taskId}")
    @Operation(summary = "A task")
    public TaskEnvelope task(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId) {
        return one(slug, projectId, taskId);
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{taskId}")
    @Operation(summary = "Change a task (MEMBER)")
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    public TaskEnvelope update(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
                               @Valid @NotNull UpdateTaskRequest request) {
        writes.update(slug, me(), projectId, taskId, request);
        return one(slug, projectId, taskId);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{taskId}")
    @Operation(summary = "Delete a task (MEMBER)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    public Response delete(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId) {
        writes.delete(slug, me(), projectId, taskId);
        return Response.noContent().build();
    }

    private TaskEnvelope one(String slug, UUID projectId, UUID taskId) {
        return new TaskEnvelope(workspaces.in(slug, me(), OrgRole.VIEWER, entered -> reads.one(entered.orgId(), projectId, taskId))
                .orElseThrow(() -> Problems.notFound("Task not found")));
    }

    private UUID me() {
        return Viewer.of(identity).id();
    }
}
