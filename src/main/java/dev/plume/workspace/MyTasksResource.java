package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.workspace.WorkspaceDtos.MyTask;
import dev.plume.workspace.WorkspaceDtos.MyTaskPage;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The tasks assigned to me in every organization I belong to. */
@Path("/api/me/tasks")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class MyTasksResource {

    private final Workspaces workspaces;
    private final TaskReads reads;
    private final SecurityIdentity identity;

    MyTasksResource(Workspaces workspaces, TaskReads reads, SecurityIdentity identity) {
        this.workspaces = workspaces;
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The tasks assigned to me in all my organizations, newest first")
    public MyTaskPage mine(@BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        UUID me = Viewer.of(identity).id();
        CursorPagination.Slice<MyTask> slice = CursorPagination.slice(
                workspaces.asMember(me, () -> reads.mine(me, paging.cursor(), size + 1)), size,
                mine -> new Cursor(mine.task().createdAt(), mine.task().id()));
        return new MyTaskPage(slice.items(), slice.pagination());
    }
}
