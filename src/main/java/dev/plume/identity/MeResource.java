package dev.plume.identity;

import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.identity.MeDtos.AccountList;
import dev.plume.identity.MeDtos.AccountView;
import dev.plume.identity.MeDtos.Me;
import dev.plume.identity.MeDtos.ProfileView;
import dev.plume.identity.MeDtos.UpdateMeRequest;
import dev.plume.identity.MeDtos.UpdateProfileRequest;
import dev.plume.platform.error.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The signed-in user's own account, profile and linked sign-in accounts. */
@Path("/api/me")
@Authenticated
@Transactional
@SecurityRequirement(name = "bearer")
@Tag(name = "Me")
public class MeResource {

    private final SecurityIdentity identity;
    private final Event<UserChanged> userChanged;

    MeResource(SecurityIdentity identity, Event<UserChanged> userChanged) {
        this.identity = identity;
        this.userChanged = userChanged;
    }

    @GET
    @Operation(summary = "My account")
    public Me me() {
        return Me.of(me(identity));
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Operation(summary = "Change my name or picture")
    public Me update(@Valid @NotNull UpdateMeRequest request) {
        User user = me(identity);
        user.changeProfile(request.name(), request.image());
        user.flush();
        userChanged.fire(new UserChanged(user.id));
        return Me.of(user);
    }

    @GET
    @Path("/profile")
    @Operation(summary = "My profile (bio and avatar); empty fields until I write them")
    public ProfileView profile() {
        return ProfileView.of(Profile.of(Viewer.of(identity).id()));
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/profile")
    @Operation(summary = "Write my bio or avatar; an empty string clears one")
    public ProfileView updateProfile(@Valid @NotNull UpdateProfileRequest request) {
        Profile profile = Profile.of(Viewer.of(identity).id());
        if (request.bio() != null) {
            profile.bio = request.bio().isBlank() ? null : request.bio().strip();
        }
        if (request.avatar() != null) {
            profile.avatar = request.avatar().isEmpty() ? null : request.avatar();
        }
        profile.persistAndFlush();
        return ProfileView.of(profile);
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "The identity-provider accounts linked to me")
    public AccountList accounts() {
        return new AccountList(Account.of(Viewer.of(identity).id()).stream().map(AccountView::of).toList());
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/accounts/{id}")
    @Operation(summary = "Unlink one of my accounts; never the last way I can sign in")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "409", description = "It is my last way to sign in")
    public Response unlink(@PathParam("id") UUID id) {
        // the user row is locked so that two concurrent unlinks cannot both remove "the other" way
        User user = User.lockActive(Viewer.of(identity).id()).orElseThrow(() -> Problems.unauthorized("Session has ended"));
        var accounts = Account.of(user.id);
        Account account = accounts.stream().filter(a -> a.id.equals(id)).findFirst()
                .orElseThrow(() -> Problems.notFound("Account not found"));
        int waysToSignIn = accounts.size() + (user.passwordHash != null ? 1 : 0);
        if (waysToSignIn <= 1) {
            throw Problems.of(Response.Status.CONFLICT, "This account is your last way to sign in: set a password or link another first");
        }
        account.delete();
        return Response.noContent().build();
    }

    private static User me(SecurityIdentity identity) {
        return User.findActive(Viewer.of(identity).id()).orElseThrow(() -> Problems.unauthorized("Session has ended"));
    }
}
