package dev.plume.identity;

import dev.plume.identity.AuthDtos.CurrentSession;
import dev.plume.identity.AuthDtos.LoginRequest;
import dev.plume.identity.AuthDtos.RegisterRequest;
import dev.plume.identity.AuthDtos.Registered;
import dev.plume.identity.AuthDtos.SignedIn;
import dev.plume.identity.AuthDtos.AccountView;
import dev.plume.platform.error.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import io.vertx.core.http.HttpServerRequest;
import dev.plume.platform.ratelimit.RateLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Locale;

@Path("/api/auth")
@Tag(name = "Auth")
public class AuthResource {

    private final SecurityIdentity identity;
    private final SessionSettings sessions;
    private final SessionRevocation revocation;
    private final AccountRecovery recovery;

    private final RateLimits limits;

    AuthResource(SecurityIdentity identity, SessionSettings sessions, SessionRevocation revocation, AccountRecovery recovery,
                 RateLimits limits) {
        this.identity = identity;
        this.limits = limits;
        this.sessions = sessions;
        this.revocation = revocation;
        this.recovery = recovery;
    }

    @POST
    @Path("/register")
    @Transactional
    @Operation(summary = "Create an account with email and password (role USER); mails a link confirming the address")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Registered.class)))
    public RestResponse<Registered> register(@Valid @NotNull RegisterRequest request, @Context HttpServerRequest http) {
        limits.consume("register-ip", http.remoteAddress().hostAddress());
        if (User.emailTaken(request.email())) {
            throw Problems.conflict("email", "is already registered");
        }
        User user = new User();
        user.email = request.email().strip();
        user.name = request.name().strip();
        user.passwordHash = Passwords.hash(request.password());
        user.persistAndFlush();
        recovery.requestVerification(user);
        return RestResponse.ResponseBuilder.<Registered>created(URI.create("/api/users/" + user.id)).entity(new Registered(AccountView.of(user))).build();
    }

    @POST
    @Path("/login")
    @Transactional
    @Operation(summary = "Sign in: opens a session and answers its bearer token")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    public SignedIn login(@Valid @NotNull LoginRequest request, @HeaderParam("User-Agent") String userAgent,
                          @Context HttpServerRequest http) {
        limits.consume("login-ip", http.remoteAddress().hostAddress());
        limits.consume("login-email", request.email().strip().toLowerCase(Locale.ROOT));
        User user = User.findActiveByEmail(request.email().strip()).orElse(null);
        if (!Passwords.matches(request.password(), user == null ? null : user.passwordHash)) {
            throw Problems.unauthorized("Email or password is wrong");
        }
        Session.Issued issued = Session.open(user.id, sessions.maxAge(), userAgent);
        return new SignedIn(issued.token(), issued.expires(), AccountView.of(user));
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Sign out: ends the session of the presented token")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() {
        revocation.endByTokenHash(identity.getAttribute(SessionIdentityProvider.TOKEN_HASH_ATTRIBUTE));
        return Response.noContent().build();
    }

    @GET
    @Path("/session")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The signed-in user and when the session expires")
    public CurrentSession session() {
        String tokenHash = identity.getAttribute(SessionIdentityProvider.TOKEN_HASH_ATTRIBUTE);
        Session session = Session.findLive(tokenHash).orElseThrow(() -> Problems.unauthorized("Session has ended"));
        User user = User.findActive(session.userId).orElseThrow(() -> Problems.unauthorized("Session has ended"));
        return new CurrentSession(AccountView.of(user), session.expires);
    }
}
