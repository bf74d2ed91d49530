package dev.plume.identity;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.identity.MeDtos.ChangeUserRequest;
import dev.plume.identity.MeDtos.LinkedAccountList;
import dev.plume.identity.MeDtos.Me;
import dev.plume.identity.MeDtos.ProfileView;
import dev.plume.identity.MeDtos.UpdateProfileRequest;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
@SecurityRequirement(name = "bearer")
@Tag(name = "Me")
public class MeResource {

    private final SecurityIdentity identity;
    private final UserReads reads;
    private final UserWrites writes;

    MeResource(SecurityIdentity identity, UserReads reads, UserWrites writes) {
        this.identity = identity;
        this.reads = reads;
        this.writes = writes;
    }

    @GET
    @Operation(summary = "My account")
    public Me me() {
        return reads.me(viewer().id()).orElseThrow(() -> Problems.unauthorized("Session has ended"));
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Operation(summary = "Change my name or picture")
    public Me update(@Valid @NotNull ChangeUserRequest request) {
        writes.changeDetails(viewer(), viewer().id(), request.name(), request.image());
        return me();
    }

    @GET
    @Path("/profile")
    @Operation(summary = "My profile (bio and avatar); empty fields until I write them")
    public ProfileView profile() {
        return reads.profile(viewer().id());
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/profile")
    @Operation(summary = "Write my bio or avatar; an empty string clears one")
    public ProfileView updateProfile(@Valid @NotNull UpdateProfileRequest request) {
        writes.writeProfile(viewer().id(), request.bio(), request.avatar());
        return profile();
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "The identity-provider accounts linked to me")
    public LinkedAccountList accounts() {
        return new LinkedAccountList(reads.linkedAccounts(viewer().id()));
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/accounts/{id}")
    @Operation(summary = "Unlink one of my accounts; never the last way I can sign in")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @ErrorAnswer(status = 409, description = "It is my last way to sign in")
    public Response unlink(@PathParam("id") UUID id) {
        writes.unlinkAccount(viewer().id(), id);
        return Response.noContent().build();
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }
}
