package dev.plume.identity.authjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plume.identity.Account;
import dev.plume.identity.Session;
import dev.plume.identity.SessionRevocation;
import dev.plume.identity.SessionTokens;
import dev.plume.identity.User;
import dev.plume.identity.UserChanged;
import dev.plume.identity.VerificationToken;
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
import dev.plume.platform.error.Problems;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The Auth.js {@code Adapter} interface as a server-to-server API, one operation per path,
 * with Auth.js semantics: lookups that find nothing answer 204 (the adapter's {@code null}).
 * Session and verification tokens are stored as SHA-256 digests, so a session created here
 * is also a bearer token for the rest of the API.
 */
@Path("/api/authjs")
@AdapterSecretRequired
@Transactional
@Tag(name = "Auth.js adapter", description = "Server-to-server; needs the X-Plume-Adapter-Secret header")
@SecurityRequirement(name = "adapterSecret")
public class AuthjsAdapterResource {

    private final SessionRevocation sessions;
    private final Event<UserChanged> userChanged;

    AuthjsAdapterResource(SessionRevocation sessions, Event<UserChanged> userChanged) {
        this.sessions = sessions;
        this.userChanged = userChanged;
    }

    @POST
    @Path("/createUser")
    @Operation(summary = "createUser")
    public AdapterUser createUser(@Valid @NotNull NewUser request) {
        if (User.emailTaken(request.email())) {
            throw Problems.conflict("email", "is already registered");
        }
        User user = new User();
        user.email = request.email().strip();
        user.emailVerified = millis(request.emailVerified());
        user.name = request.name();
        user.image = request.image();
        user.persistAndFlush();
        return AdapterUser.of(user);
    }

    @POST
    @Path("/getUser")
    @Operation(summary = "getUser")
    public AdapterUser getUser(@Valid @NotNull UserId request) {
        return activeUser(request.id()).map(AdapterUser::of).orElse(null);
    }

    @POST
    @Path("/getUserByEmail")
    @Operation(summary = "getUserByEmail")
    public AdapterUser getUserByEmail(@Valid @NotNull UserEmail request) {
        return User.findActiveByEmail(request.email().strip()).map(AdapterUser::of).orElse(null);
    }

    @POST
    @Path("/getUserByAccount")
    @Operation(summary = "getUserByAccount")
    public AdapterUser getUserByAccount(@Valid @NotNull ProviderAccount request) {
        return Account.find(request.provider(), request.providerAccountId())
                .flatMap(account -> User.findActive(account.userId))
                .map(AdapterUser::of).orElse(null);
    }

    @POST
    @Path("/updateUser")
    @Operation(summary = "updateUser: the fields present are changed, `id` names the user")
    public AdapterUser updateUser(@NotNull ObjectNode request) {
        User user = activeUser(PartialUpdate.requiredText(request, "id"))
                .orElseThrow(() -> Problems.notFound("User not found"));
        if (request.has("email")) {
            String email = PartialUpdate.requiredText(request, "email").strip();
            if (!email.equalsIgnoreCase(user.email) && User.emailTaken(email)) {
                throw Problems.conflict("email", "is already registered");
            }
            user.email = email;
        }
        if (request.has("emailVerified")) {
            user.emailVerified = millis(PartialUpdate.instant(request, "emailVerified"));
        }
        if (request.has("name")) {
            user.name = PartialUpdate.text(request, "name");
        }
        if (request.has("image")) {
            user.image = PartialUpdate.text(request, "image");
        }
        user.flush();
        userChanged.fire(new UserChanged(user.id));
        return AdapterUser.of(user);
    }

    @POST
    @Path("/deleteUser")
    @Operation(summary = "deleteUser: soft-deletes the user and removes their accounts and sessions")
    public AdapterUser deleteUser(@Valid @NotNull UserId request) {
        Optional<User> found = activeUser(request.id());
        found.ifPresent(user -> {
            user.deletedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Account.delete("userId", user.id);
            sessions.endAllOf(user.id);
            userChanged.fire(new UserChanged(user.id));
        });
        return found.map(AdapterUser::of).orElse(null);
    }

    @POST
    @Path("/linkAccount")
    @Operation(summary = "linkAccount")
    public AdapterAccount linkAccount(@Valid @NotNull AdapterAccount request) {
        User user = activeUser(request.userId()).orElseThrow(() -> Problems.invalid("body", "userId", "no user has this id"));
        Account account = new Account();
        account.userId = user.id;
        account.type = request.type();
        account.provider = request.provider();
        account.providerAccountId = request.providerAccountId();
        account.refreshToken = request.refreshToken();
        account.accessToken = request.accessToken();
        account.expiresAt = request.expiresAt();
        account.tokenType = request.tokenType();
        account.scope = request.scope();
        account.idToken = request.idToken();
        account.sessionState = request.sessionState();
        account.persistAndFlush();
        return AdapterAccount.of(account);
    }

    @POST
    @Path("/unlinkAccount")
    @Operation(summary = "unlinkAccount")
    public AdapterAccount unlinkAccount(@Valid @NotNull ProviderAccount request) {
        Optional<Account> account = Account.find(request.provider(), request.providerAccountId());
        account.ifPresent(Account::delete);
        return account.map(AdapterAccount::of).orElse(null);
    }

    @POST
    @Path("/createSession")
    @Operation(summary = "createSession")
    public AdapterSession createSession(@Valid @NotNull NewSession request) {
        User user = activeUser(request.userId()).orElseThrow(() -> Problems.invalid("body", "userId", "no user has this id"));
        Session session = new Session();
        session.sessionTokenHash = SessionTokens.hash(request.sessionToken());
        session.userId = user.id;
        session.expires = millis(request.expires());
        session.persistAndFlush();
        return new AdapterSession(request.sessionToken(), user.id.toString(), session.expires);
    }

    @POST
    @Path("/getSessionAndUser")
    @Operation(summary = "getSessionAndUser: expired sessions too, as Auth.js expects (it ends them itself)")
    public SessionAndUser getSessionAndUser(@Valid @NotNull SessionToken request) {
        return Session.findByTokenHash(SessionTokens.hash(request.sessionToken()))
                .flatMap(session -> User.findActive(session.userId).map(user -> new SessionAndUser(
                        new AdapterSession(request.sessionToken(), user.id.toString(), session.expires), AdapterUser.of(user))))
                .orElse(null);
    }

    @POST
    @Path("/updateSession")
    @Operation(summary = "updateSession: `expires` and `userId` when present")
    public AdapterSession updateSession(@NotNull ObjectNode request) {
        String token = PartialUpdate.requiredText(request, "sessionToken");
        Optional<Session> found = Session.findByTokenHash(SessionTokens.hash(token));
        if (found.isEmpty()) {
            return null;
        }
        Session session = found.get();
        if (request.has("expires")) {
            Instant expires = PartialUpdate.instant(request, "expires");
            if (expires == null) {
                throw Problems.invalid("body", "expires", "must be an ISO-8601 date");
            }
            session.expires = millis(expires);
        }
        if (request.has("userId")) {
            session.userId = activeUser(PartialUpdate.requiredText(request, "userId"))
                    .orElseThrow(() -> Problems.invalid("body", "userId", "no user has this id")).id;
        }
        sessions.evict(session.sessionTokenHash);
        return new AdapterSession(token, session.userId.toString(), session.expires);
    }

    @POST
    @Path("/deleteSession")
    @Operation(summary = "deleteSession")
    public AdapterSession deleteSession(@Valid @NotNull SessionToken request) {
        String tokenHash = SessionTokens.hash(request.sessionToken());
        Optional<Session> found = Session.findByTokenHash(tokenHash);
        found.ifPresent(session -> sessions.endByTokenHash(tokenHash));
        return found.map(session -> new AdapterSession(request.sessionToken(), session.userId.toString(), session.expires))
                .orElse(null);
    }

    @POST
    @Path("/createVerificationToken")
    @Operation(summary = "createVerificationToken")
    public AdapterVerificationToken createVerificationToken(@Valid @NotNull AdapterVerificationToken request) {
        VerificationToken.store(request.identifier(), SessionTokens.hash(request.token()), request.expires());
        return new AdapterVerificationToken(request.identifier(), request.token(), millis(request.expires()));
    }

    @POST
    @Path("/useVerificationToken")
    @Operation(summary = "useVerificationToken: single use; 204 when absent or already used")
    public AdapterVerificationToken useVerificationToken(@Valid @NotNull UseVerificationToken request) {
        return VerificationToken.take(request.identifier(), SessionTokens.hash(request.token()))
                .map(stored -> AdapterVerificationToken.of(stored, request.token()))
                .orElse(null);
    }

    /** Auth.js ids are strings; one that is not a UUID names no Plume user. */
    private static Optional<User> activeUser(String id) {
        try {
            return User.findActive(UUID.fromString(id));
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Reads the fields of a partial update, where a field's presence (even as null) means "change it". */
    private static final class PartialUpdate {

        static String requiredText(ObjectNode body, String field) {
            String value = text(body, field);
            if (value == null || value.isBlank()) {
                throw Problems.invalid("body", field, "must not be blank");
            }
            return value;
        }

        static String text(ObjectNode body, String field) {
            JsonNode node = body.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                throw Problems.invalid("body", field, "must be a string");
            }
            return node.asText();
        }

        static Instant instant(ObjectNode body, String field) {
            String value = text(body, field);
            try {
                return value == null ? null : Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw Problems.invalid("body", field, "must be an ISO-8601 date");
            }
        }
    }
}
