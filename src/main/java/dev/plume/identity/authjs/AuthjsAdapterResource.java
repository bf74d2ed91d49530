package dev.plume.identity.authjs;

import dev.plume.platform.web.ErrorAnswer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plume.identity.authjs.AdapterDtos.AdapterAccount;
import dev.plume.identity.authjs.AdapterDtos.AdapterSession;
import dev.plume.identity.authjs.AdapterDtos.AdapterUser;
import dev.plume.identity.authjs.AdapterDtos.AdapterVerificationToken;
import dev.plume.identity.authjs.AdapterDtos.NewSession;
import dev.plume.identity.authjs.AdapterDtos.NewUser;
import dev.plume.identity.authjs.AdapterDtos.ProviderAccount;
import dev.plume.identity.authjs.AdapterDtos.SessionAndUser;
import dev.plume.identity.authjs.AdapterDtos.SessionToken;
import dev.plume.identity.authjs.AdapterDtos.UseVerificationToken;
import dev.plume.identity.authjs.AdapterDtos.UserEmail;
import dev.plume.identity.authjs.AdapterDtos.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Auth.js {@code Adapter} interface as a server-to-server API, one operation per path
 * (AuthjsAdapter). A lookup that finds nothing answers 204, the adapter's {@code null}.
 * Session and verification tokens are stored as SHA-256 digests, so a session created here is
 * also a bearer token for the rest of the API.
 */
@Path("/api/authjs")
@AdapterSecretRequired
@Tag(name = "Auth.js adapter", description = "Server-to-server; needs the X-Plume-Adapter-Secret header")
@SecurityRequirement(name = "adapterSecret")
public class AuthjsAdapterResource {

    private static final String NOTHING = "Nothing found: the adapter's null";

    private final AuthjsAdapter adapter;

    AuthjsAdapterResource(AuthjsAdapter adapter) {
        this.adapter = adapter;
    }

    @POST
    @Path("/createUser")
    @Operation(summary = "createUser")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterUser.class)))
    @ErrorAnswer(status = 409, description = "The email is already registered")
    public AdapterUser createUser(@Valid @NotNull NewUser request) {
        return adapter.createUser(request);
    }

    @POST
    @Path("/getUser")
    @Operation(summary = "getUser")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterUser.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterUser getUser(@Valid @NotNull UserId request) {
        return adapter.getUser(request.id()).orElse(null);
    }

    @POST
    @Path("/getUserByEmail")
    @Operation(summary = "getUserByEmail")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterUser.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterUser getUserByEmail(@Valid @NotNull UserEmail request) {
        return adapter.getUserByEmail(request.email()).orElse(null);
    }

    @POST
    @Path("/getUserByAccount")
    @Operation(summary = "getUserByAccount")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterUser.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterUser getUserByAccount(@Valid @NotNull ProviderAccount request) {
        return adapter.getUserByAccount(request.provider(), request.providerAccountId()).orElse(null);
    }

    @POST
    @Path("/updateUser")
    @Operation(summary = "updateUser: the fields present are changed, `id` names the user")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterUser.class)))
    @ErrorAnswer(status = 404, description = "No active user has this id")
    @ErrorAnswer(status = 409, description = "The new email is already registered")
    public AdapterUser updateUser(@NotNull ObjectNode request) {
        return adapter.updateUser(request);
    }

    @POST
    @Path("/deleteUser")
    @Operation(summary = "deleteUser: soft-deletes the user and removes their accounts and sessions")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterUser.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterUser deleteUser(@Valid @NotNull UserId request) {
        return adapter.deleteUser(request.id()).orElse(null);
    }

    @POST
    @Path("/linkAccount")
    @Operation(summary = "linkAccount")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterAccount.class)))
    @ErrorAnswer(status = 409, description = "This provider account is linked already")
    public AdapterAccount linkAccount(@Valid @NotNull AdapterAccount request) {
        return adapter.linkAccount(request);
    }

    @POST
    @Path("/unlinkAccount")
    @Operation(summary = "unlinkAccount")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterAccount.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterAccount unlinkAccount(@Valid @NotNull ProviderAccount request) {
        return adapter.unlinkAccount(request.provider(), request.providerAccountId()).orElse(null);
    }

    @POST
    @Path("/createSession")
    @Operation(summary = "createSession")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterSession.class)))
    @ErrorAnswer(status = 409, description = "A session has this token already")
    public AdapterSession createSession(@Valid @NotNull NewSession request) {
        return adapter.createSession(request);
    }

    @POST
    @Path("/getSessionAndUser")
    @Operation(summary = "getSessionAndUser: expired sessions too, as Auth.js expects (it ends them itself)")
    @APIResponse(responseCode = "200", description = "The session and its user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionAndUser.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public SessionAndUser getSessionAndUser(@Valid @NotNull SessionToken request) {
        return adapter.getSessionAndUser(request.sessionToken()).orElse(null);
    }

    @POST
    @Path("/updateSession")
    @Operation(summary = "updateSession: `expires` and `userId` when present")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterSession.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterSession updateSession(@NotNull ObjectNode request) {
        return adapter.updateSession(request).orElse(null);
    }

    @POST
    @Path("/deleteSession")
    @Operation(summary = "deleteSession")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterSession.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterSession deleteSession(@Valid @NotNull SessionToken request) {
        return adapter.deleteSession(request.sessionToken()).orElse(null);
    }

    @POST
    @Path("/createVerificationToken")
    @Operation(summary = "createVerificationToken")
    @APIResponse(responseCode = "200", description = "The token", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterVerificationToken.class)))
    @ErrorAnswer(status = 409, description = "This token exists already")
    public AdapterVerificationToken createVerificationToken(@Valid @NotNull AdapterVerificationToken request) {
        return adapter.createVerificationToken(request);
    }

    @POST
    @Path("/useVerificationToken")
    @Operation(summary = "useVerificationToken: single use; 204 when absent or already used")
    @APIResponse(responseCode = "200", description = "The token, now used", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdapterVerificationToken.class)))
    @APIResponse(responseCode = "204", description = NOTHING)
    public AdapterVerificationToken useVerificationToken(@Valid @NotNull UseVerificationToken request) {
        return adapter.useVerificationToken(request.identifier(), request.token()).orElse(null);
    }
}
