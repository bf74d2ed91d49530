package dev.plume.identity;

import dev.plume.identity.AdminDtos.AdminUserPage;
import dev.plume.identity.AdminDtos.AdminUserView;
import dev.plume.identity.AdminDtos.ChangeRoleRequest;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Limit;
import dev.plume.platform.page.OffsetPagination;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * User administration (ADMIN). Only a SUPER_ADMIN grants or takes away ADMIN and SUPER_ADMIN,
 * or deletes an administrator; nobody changes their own role or deletes themselves.
 */
@Path("/api/admin/users")
@RolesAllowed("ADMIN")
@Transactional
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin")
public class AdminUserResource {

    private final SecurityIdentity identity;
    private final SessionRevocation sessions;
    private final Event<UserChanged> userChanged;

    AdminUserResource(SecurityIdentity identity, SessionRevocation sessions, Event<UserChanged> userChanged) {
        this.identity = identity;
        this.sessions = sessions;
        this.userChanged = userChanged;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Users, newest first: search by email or name, filter by role or deletion")
    public AdminUserPage list(@QueryParam("q") String q, @QueryParam("role") String role,
                              @QueryParam("deleted") String deleted, @QueryParam("page") String page, @Context UriInfo uri) {
        int limit = Limit.of(uri);
        int number = page == null ? 1 : OffsetPagination.parsePage(page);
        PanacheQuery<User> query = User.search(q, parseRole(role), parseDeleted(deleted));
        long total = query.count();
        var users = query.page(Page.of(number - 1, limit)).list().stream().map(AdminUserView::of).toList();
        return new AdminUserPage(users, OffsetPagination.of(number, limit, total));
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One user, deleted or not")
    public AdminUserView get(@PathParam("id") UUID id) {
        return AdminUserView.of(User.<User>findByIdOptional(id).orElseThrow(() -> Problems.notFound("User not found")));
    }

    @PUT
    @Path("/{id}/role")
    @Operation(summary = "Change a user's role")
    public AdminUserView changeRole(@PathParam("id") UUID id, @Valid @NotNull ChangeRoleRequest request) {
        Viewer admin = Viewer.of(identity);
        User user = User.lockActive(id).orElseThrow(() -> Problems.notFound("User not found"));
        if (user.id.equals(admin.id())) {
            throw Problems.forbidden("Nobody changes their own role");
        }
        if ((user.role.atLeast(Role.ADMIN) || request.role().atLeast(Role.ADMIN)) && !admin.role().atLeast(Role.SUPER_ADMIN)) {
            throw Problems.forbidden("Only a SUPER_ADMIN grants or takes away ADMIN and SUPER_ADMIN");
        }
        user.role = request.role();
        user.flush();
        userChanged.fire(new UserChanged(user.id));
        return AdminUserView.of(user);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Soft-delete a user: their sessions end, their posts and comments leave public reads")
    public AdminUserView delete(@PathParam("id") UUID id) {
        User user = User.lockActive(id).orElseThrow(() -> Problems.notFound("User not found"));
        mayRemove(user);
        user.deletedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        user.flush();
        sessions.endAllOf(user.id);
        userChanged.fire(new UserChanged(user.id));
        return AdminUserView.of(user);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Restore a soft-deleted user and, with them, their posts and comments")
    public AdminUserView restore(@PathParam("id") UUID id) {
        User user = User.<User>findByIdOptional(id).orElseThrow(() -> Problems.notFound("User not found"));
        mayRemove(user);
        user.deletedAt = null;
        user.flush();
        userChanged.fire(new UserChanged(user.id));
        return AdminUserView.of(user);
    }

    private void mayRemove(User user) {
        Viewer admin = Viewer.of(identity);
        if (user.id.equals(admin.id())) {
            throw Problems.forbidden("Nobody deletes or restores themselves");
        }
        if (user.role.atLeast(Role.ADMIN) && !admin.role().atLeast(Role.SUPER_ADMIN)) {
            throw Problems.forbidden("Only a SUPER_ADMIN deletes or restores an administrator");
        }
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

    private static User.Deletion parseDeleted(String deleted) {
        if (deleted == null) {
            return User.Deletion.ACTIVE;
        }
        return switch (deleted) {
            case "false" -> User.Deletion.ACTIVE;
            case "true" -> User.Deletion.DELETED;
            case "all" -> User.Deletion.ANY;
            default -> throw Problems.invalid("query", "deleted", "must be false, true or all");
        };
    }
}
