package dev.plume.identity;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.identity.AuthDtos.CurrentSession;
import dev.plume.identity.AuthDtos.LoginRequest;
import dev.plume.identity.AuthDtos.RegisterRequest;
import dev.plume.identity.AuthDtos.SignedIn;
import dev.plume.identity.AuthDtos.UserEnvelope;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.RateLimits;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

@Path("/api/auth")
@Tag(name = "Auth")
public class AuthResource {

    private final SecurityIdentity identity;
    private final UserReads reads;
    private final UserWrites users;
    private final SessionWrites sessions;
    private final RateLimits limits;

    AuthResource(SecurityIdentity identity, UserReads reads, UserWrites users, SessionWrites sessions, RateLimits limits) {
        this.identity = identity;
        this.reads = reads;
        this.users = users;
        this.sessions = sessions;
        this.limits = limits;
    }

    @POST
    @Path("/register")
    @Operation(summary = "Create an account with email and password (role USER); mails a link confirming the address")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the user's page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserEnvelope.class)))
    @ErrorAnswer(status = 409, description = "The email is already registered")
    @ErrorAnswer(status = 429, description = "Too many registrations from this address; see Retry-After")
    public RestResponse<UserEnvelope> register(@Valid @NotNull RegisterRequest request, @Context HttpServerRequest http) {
        limits.consume("register-ip", http.remoteAddress().hostAddress());
        UUID id = users.register(request.email(), request.password(), request.name());
        return RestResponse.ResponseBuilder.<UserEnvelope>created(URI.create("/api/users/" + id)).entity(envelope(id)).build();
    }

    @POST
    @Path("/login")
    @Operation(summary = "Sign in: opens a session and answers its bearer token")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    @ErrorAnswer(status = 401, description = "Email or password is wrong (the same answer for an unknown email)")
    @ErrorAnswer(status = 429, description = "Too many sign-ins from this address or for this email; see Retry-After")
    public SignedIn login(@Valid @NotNull LoginRequest request,
                          @Parameter(description = "Kept with the session, to tell sessions apart") @HeaderParam("User-Agent") String userAgent,
                          @Context HttpServerRequest http) {
        limits.consume("login-ip", http.remoteAddress().hostAddress());
        limits.consume("login-email", request.email().strip().toLowerCase(Locale.ROOT));
        SessionWrites.SignedIn session = sessions.signIn(request.email(), request.password(), userAgent)
                .orElseThrow(() -> Problems.unauthorized("Email or password is wrong"));
        return new SignedIn(session.token(), session.expires(), envelope(session.userId()).user());
    }

    @POST
    @Path("/logout")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Sign out: ends the session of the presented token")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() {
        sessions.endByTokenHash(identity.getAttribute(SessionIdentityProvider.TOKEN_HASH_ATTRIBUTE));
        return Response.noContent().build();
    }

    @GET
    @Path("/session")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The signed-in user and when the session expires")
    public CurrentSession session() {
        return reads.currentSession(identity.getAttribute(SessionIdentityProvider.TOKEN_HASH_ATTRIBUTE))
                .orElseThrow(() -> Problems.unauthorized("Session has ended"));
    }

    private UserEnvelope envelope(UUID id) {
        return new UserEnvelope(reads.user(id).orElseThrow(() -> Problems.notFound("User not found")));
    }
}
