package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import dev.plume.workspace.WorkspaceDtos.Board;
import dev.plume.workspace.WorkspaceDtos.CreateProjectRequest;
import dev.plume.workspace.WorkspaceDtos.ProjectEnvelope;
import dev.plume.workspace.WorkspaceDtos.ProjectPage;
import dev.plume.workspace.WorkspaceDtos.ProjectView;
import dev.plume.workspace.WorkspaceDtos.UpdateProjectRequest;
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

/** An organization's projects: its members read them, its ADMINs manage them. */
@Path("/api/orgs/{slug}/projects")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class ProjectResource {

    private final Workspaces workspaces;
    private final ProjectReads reads;
    private final TaskReads tasks;
    private final ProjectWrites writes;
    private final SecurityIdentity identity;

    ProjectResource(Workspaces workspaces, ProjectReads reads, TaskReads tasks, ProjectWrites writes, SecurityIdentity identity) {
        this.workspaces = workspaces;
        this.reads = reads;
        this.tasks = tasks;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The organization's projects, newest first")
    public ProjectPage projects(@PathParam("slug") String slug, @BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        Cursor after = paging.cursor();
        List<ProjectView> fetched = workspaces.in(slug, me(), OrgRole.VIEWER, entered -> reads.page(entered.orgId(), after, size + 1));
        CursorPagination.Slice<ProjectView> slice = CursorPagination.slice(fetched, size, project -> new Cursor(project.createdAt(), project.id()));
        return new ProjectPage(slice.items(), slice.pagination());
    }

    @POST
    @PerUserRateLimit("writes")
    @Operation(summary = "Create a project (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectEnvelope.class)))
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    @ErrorAnswer(status = 409, description = "The organization has as many projects as its plan allows")
    public RestResponse<ProjectEnvelope> create(@PathParam("slug") String slug, @Valid @NotNull CreateProjectRequest request) {
        UUID id = writes.create(slug, me(), request);
        return RestResponse.ResponseBuilder.<ProjectEnvelope>created(URI.create("/api/orgs/" + slug + "/projects/" + id))
                .entity(one(slug, id)).build();
    }

    @GET
    @Path("/{projectId}")
    @Operation(summary = "A project, with its number of tasks")
    public ProjectEnvelope project(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId) {
        return one(slug, projectId);
    }

    @GET
    @Path("/{projectId}/board")
    @Operation(summary = "The project's board: its tasks by status, with each column's count and first tasks, most urgent first")
    public Board board(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId) {
        return workspaces.in(slug, me(), OrgRole.VIEWER, entered -> {
            Board board = new Board(projectId, tasks.board(entered.orgId(), projectId));
            if (board.columns().stream().allMatch(column -> column.count() == 0) && reads.one(entered.orgId(), projectId).isEmpty()) {
                throw Problems.notFound("Project not found");
            }
            return board;
        });
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{projectId}")
    @Operation(summary = "Rename, describe, archive or reactivate a project (ADMIN)")
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    public ProjectEnvelope update(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId,
                                  @Valid @NotNull UpdateProjectRequest request) {
        writes.update(slug, me(), projectId, request);
        return one(slug, projectId);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{projectId}")
    @Operation(summary = "Delete a project with its tasks (ADMIN)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorAnswer(status = 403, description = "My role in the organization does not allow this")
    public Response delete(@PathParam("slug") String slug, @PathParam("projectId") UUID projectId) {
        writes.delete(slug, me(), projectId);
        return Response.noContent().build();
    }

    private ProjectEnvelope one(String slug, UUID projectId) {
        return new ProjectEnvelope(workspaces.in(slug, me(), OrgRole.VIEWER, entered -> reads.one(entered.orgId(), projectId))
                .orElseThrow(() -> Problems.notFound("Project not found")));
    }

    private UUID me() {
        return Viewer.of(identity).id();
    }
}
