package dev.plume.identity;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.identity.AdminDtos.AdminUserPage;
import dev.plume.identity.AdminDtos.AdminUserView;
import dev.plume.identity.AdminDtos.ChangeRoleRequest;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.NumberedPageParams;
import dev.plume.platform.page.OffsetPagination;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

/** User administration (ADMIN); the rules of who may change whom are the User's. */
@Path("/api/admin/users")
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin")
public class AdminUserResource {

    private final SecurityIdentity identity;
    private final UserReads reads;
    private final UserWrites writes;

    AdminUserResource(SecurityIdentity identity, UserReads reads, UserWrites writes) {
        this.identity = identity;
        this.reads = reads;
        this.writes = writes;
    }

    @GET
    @Operation(summary = "Users, newest first: search by email or name, filter by role or deletion")
    public AdminUserPage list(@Parameter(description = "Part of the email or name, any letter case") @QueryParam("q") String q,
                              @Parameter(description = "Only users with this role (any letter case)",
                                      schema = @Schema(type = SchemaType.STRING, examples = "MODERATOR")) @QueryParam("role") String role,
                              @Parameter(description = "false (default): active users; true: deleted ones; all: both",
                                      schema = @Schema(type = SchemaType.STRING, enumeration = {"false", "true", "all"}))
                              @QueryParam("deleted") String deleted,
                              @BeanParam NumberedPageParams paging) {
        UserReads.AdminMatches matches = reads.adminPage(q, parseRole(role), parseDeleted(deleted), paging.offset(), paging.limit());
        return new AdminUserPage(matches.users(), OffsetPagination.of(paging.page(), paging.limit(), matches.total()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One user, deleted or not")
    public AdminUserView get(@PathParam("id") UUID id) {
        return reads.adminUser(id).orElseThrow(() -> Problems.notFound("User not found"));
    }

    @PUT
    @Path("/{id}/role")
    @Operation(summary = "Change a user's role: nobody their own, and only a SUPER_ADMIN to or from ADMIN and SUPER_ADMIN")
    @ErrorAnswer(status = 403, description = "Not an ADMIN; the caller's own role; ADMIN or SUPER_ADMIN given or taken by an ADMIN")
    public AdminUserView changeRole(@PathParam("id") UUID id, @Valid @NotNull ChangeRoleRequest request) {
        writes.changeRole(Viewer.of(identity), id, request.role());
        return get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Soft-delete a user: their sessions end, their posts and comments leave public reads")
    @ErrorAnswer(status = 403, description = "Not an ADMIN; the caller themselves; an administrator, unless by a SUPER_ADMIN")
    public AdminUserView delete(@PathParam("id") UUID id) {
        writes.delete(Viewer.of(identity), id);
        return get(id);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Restore a soft-deleted user and, with them, their posts and comments")
    @ErrorAnswer(status = 403, description = "Not an ADMIN; the caller themselves; an administrator, unless by a SUPER_ADMIN")
    public AdminUserView restore(@PathParam("id") UUID id) {
        writes.restore(Viewer.of(identity), id);
        return get(id);
    }

    private static Role parseRole(String role) {
        if (role == null) {
            return null;
        }
        try {
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", "role", "must be USER, MODERATOR, ADMIN or SUPER_ADMIN");
        }
    }

    /** null: deleted or not. */
    private static Boolean parseDeleted(String deleted) {
        if (deleted == null) {
            return false;
        }
        return switch (deleted) {
            case "false" -> false;
            case "true" -> true;
            case "all" -> null;
            default -> throw Problems.invalid("query", "deleted", "must be false, true or all");
        };
    }
}
