package dev.plume.workspace;

import dev.plume.identity.Viewer;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.workspace.WorkspaceDtos.TaskPage;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tasks of every project of an organization: filters and full-text search across them. */
@Path("/api/orgs/{slug}/tasks")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Workspaces")
public class OrganizationTaskResource {

    private final Workspaces workspaces;
    private final TaskReads reads;
    private final SecurityIdentity identity;

    OrganizationTaskResource(Workspaces workspaces, TaskReads reads, SecurityIdentity identity) {
        this.workspaces = workspaces;
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The organization's tasks that pass the filters (q: full-text search), newest first")
    public TaskPage tasks(@PathParam("slug") String slug, @BeanParam TaskFilter filter, @BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        return TaskResource.page(workspaces.in(slug, Viewer.of(identity).id(), OrgRole.VIEWER,
                entered -> reads.page(entered.orgId(), null, filter, paging.cursor(), size + 1)), size);
    }
}
