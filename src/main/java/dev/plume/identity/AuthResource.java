package dev.plume.identity;

import dev.plume.identity.AuthDtos.CurrentSession;
import dev.plume.identity.AuthDtos.LoginRequest;
import dev.plume.identity.AuthDtos.RegisterRequest;
import dev.plume.identity.AuthDtos.Registered;
import dev.plume.identity.AuthDtos.SignedIn;
import dev.plume.identity.AuthDtos.AccountView;
import dev.plume.platform.cache.ReadCache;
import dev.plume.platform.error.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Duration;

@Path("/api/auth")
@Tag(name = "Auth")
public class AuthResource {

    private final SecurityIdentity identity;
    private final Duration sessionMaxAge;
    private final ReadCache cache;

    AuthResource(SecurityIdentity identity, @ConfigProperty(name = "plume.session.max-age") Duration sessionMaxAge,
                 ReadCache cache) {
        this.identity = identity;
        this.sessionMaxAge = sessionMaxAge;
        this.cache = cache;
    }

    @POST
    @Path("/register")
    @Transactional
    @Operation(summary = "Create an account with email and password (role USER)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Registered.class)))
    public Response register(@Valid @NotNull RegisterRequest request) {
        if (User.emailTaken(request.email())) {
            throw Problems.conflict("email", "is already registered");
        }
        User user = new User();
        user.email = request.email().strip();
        user.name = request.name().strip();
        user.passwordHash = Passwords.hash(request.password());
        user.persistAndFlush();
        return Response.created(URI.create("/api/users/" + user.id)).entity(new Registered(AccountView.of(user))).build();
    }

    @POST
    @Path("/login")
    @Transactional
    @Operation(summary = "Sign in: opens a session and answers its bearer token")
    public SignedIn login(@Valid @NotNull LoginRequest request) {
        User user = User.findActiveByEmail(request.email().strip()).orElse(null);
        if (!Passwords.matches(request.password(), user == null ? null : user.passwordHash)) {
            throw Problems.unauthorized("Email or password is wrong");
        }
        Session.Issued issued = Session.open(user.id, sessionMaxAge);
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
        String tokenHash = identity.getAttribute(SessionIdentityProvider.TOKEN_HASH_ATTRIBUTE);
        Session.delete("sessionTokenHash", tokenHash);
        cache.invalidate(ReadCache.SESSIONS, tokenHash);
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
