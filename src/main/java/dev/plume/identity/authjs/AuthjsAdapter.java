package dev.plume.identity.authjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plume.identity.Account;
import dev.plume.identity.Actor;
import dev.plume.identity.Session;
import dev.plume.identity.SessionTokens;
import dev.plume.identity.SessionWrites;
import dev.plume.identity.User;
import dev.plume.identity.UserWrites;
import dev.plume.identity.VerificationToken;
import dev.plume.identity.authjs.AdapterDtos.AdapterAccount;
import dev.plume.identity.authjs.AdapterDtos.AdapterSession;
import dev.plume.identity.authjs.AdapterDtos.AdapterUser;
import dev.plume.identity.authjs.AdapterDtos.AdapterVerificationToken;
import dev.plume.identity.authjs.AdapterDtos.NewSession;
import dev.plume.identity.authjs.AdapterDtos.NewUser;
import dev.plume.identity.authjs.AdapterDtos.SessionAndUser;
import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The Auth.js {@code Adapter} operations, each one transaction, with Auth.js semantics: a lookup
 * that finds nothing is empty (the adapter's {@code null}). The adapter is trusted with the
 * shared secret, so it acts as the operator; user changes go through the same rules and
 * announcements as every other change ({@link UserWrites}).
 */
@ApplicationScoped
@Transactional
public class AuthjsAdapter {

    private final UserWrites users;
    private final SessionWrites sessions;

    AuthjsAdapter(UserWrites users, SessionWrites sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    public AdapterUser createUser(NewUser request) {
        if (User.emailTaken(request.email())) {
            throw Problems.conflict("email", "is already registered");
        }
        User user = User.of(request.email(), request.name());
        user.emailVerified = millis(request.emailVerified());
        user.image = request.image();
        user.persistAndFlush();
        return AdapterUser.of(user);
    }

    public Optional<AdapterUser> getUser(String id) {
        return activeUser(id).map(AdapterUser::of);
    }

    public Optional<AdapterUser> getUserByEmail(String email) {
        return User.findActiveByEmail(email).map(AdapterUser::of);
    }

    public Optional<AdapterUser> getUserByAccount(String provider, String providerAccountId) {
        return Account.find(provider, providerAccountId).flatMap(account -> User.findActive(account.userId)).map(AdapterUser::of);
    }

    /** The fields present are changed (also to null), {@code id} names the user. */
    public AdapterUser updateUser(ObjectNode request) {
        User user = activeUser(Fields.requiredText(request, "id")).orElseThrow(() -> Problems.notFound("User not found"));
        if (request.has("email")) {
            String email = Fields.requiredText(request, "email").strip();
            if (!email.equalsIgnoreCase(user.email) && User.emailTaken(email)) {
                throw Problems.conflict("email", "is already registered");
            }
            user.email = email;
        }
        if (request.has("emailVerified")) {
            user.emailVerified = millis(Fields.instant(request, "emailVerified"));
        }
        if (request.has("name")) {
            user.name = Fields.text(request, "name");
        }
        if (request.has("image")) {
            user.image = Fields.text(request, "image");
        }
        users.announce(user);
        return AdapterUser.of(user);
    }

    /** Soft-deletes the user (an admin can restore them) and removes their accounts and sessions. */
    public Optional<AdapterUser> deleteUser(String id) {
        Optional<User> found = activeUser(id);
        found.ifPresent(user -> {
            users.delete(Actor.OPERATOR, user.id);
            Account.delete("userId", user.id);
        });
        return found.map(AdapterUser::of);
    }

    public AdapterAccount linkAccount(AdapterAccount request) {
        User user = activeUser(request.userId()).orElseThrow(() -> Problems.invalid("body", "userId", "no user has this id"));
        Account account = request.toAccount(user.id);
        account.persistAndFlush();
        return AdapterAccount.of(account);
    }

    public Optional<AdapterAccount> unlinkAccount(String provider, String providerAccountId) {
        Optional<Account> account = Account.find(provider, providerAccountId);
        account.ifPresent(Account::delete);
        return account.map(AdapterAccount::of);
    }

    public AdapterSession createSession(NewSession request) {
        User user = activeUser(request.userId()).orElseThrow(() -> Problems.invalid("body", "userId", "no user has this id"));
        Session session = Session.store(SessionTokens.hash(request.sessionToken()), user.id, millis(request.expires()));
        return AdapterSession.of(session, request.sessionToken());
    }

    /** Expired sessions too, as Auth.js expects (it ends them itself). */
    public Optional<SessionAndUser> getSessionAndUser(String sessionToken) {
        return Session.findByTokenHash(SessionTokens.hash(sessionToken))
                .flatMap(session -> User.findActive(session.userId)
                        .map(user -> new SessionAndUser(AdapterSession.of(session, sessionToken), AdapterUser.of(user))));
    }

    /** {@code expires} and {@code userId} when present. */
    public Optional<AdapterSession> updateSession(ObjectNode request) {
        String token = Fields.requiredText(request, "sessionToken");
        Optional<Session> found = Session.findByTokenHash(SessionTokens.hash(token));
        found.ifPresent(session -> {
            if (request.has("expires")) {
                Instant expires = Fields.instant(request, "expires");
                if (expires == null) {
                    throw Problems.invalid("body", "expires", "must be an ISO-8601 date");
                }
                session.expires = millis(expires);
            }
            if (request.has("userId")) {
                session.userId = activeUser(Fields.requiredText(request, "userId"))
                        .orElseThrow(() -> Problems.invalid("body", "userId", "no user has this id")).id;
            }
            sessions.evict(session.sessionTokenHash);
        });
        return found.map(session -> AdapterSession.of(session, token));
    }

    public Optional<AdapterSession> deleteSession(String sessionToken) {
        String tokenHash = SessionTokens.hash(sessionToken);
        Optional<Session> found = Session.findByTokenHash(tokenHash);
        found.ifPresent(session -> sessions.endByTokenHash(tokenHash));
        return found.map(session -> AdapterSession.of(session, sessionToken));
    }

    public AdapterVerificationToken createVerificationToken(AdapterVerificationToken request) {
        VerificationToken.store(request.identifier(), SessionTokens.hash(request.token()), request.expires());
        return new AdapterVerificationToken(request.identifier(), request.token(), millis(request.expires()));
    }

    /** Single use: a second use, or a wrong identifier, finds nothing. */
    public Optional<AdapterVerificationToken> useVerificationToken(String identifier, String token) {
        return VerificationToken.take(identifier, SessionTokens.hash(token))
                .map(stored -> new AdapterVerificationToken(stored.identifier(), token, stored.expires()));
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

    /** The fields of a partial update, where a field's presence (even as null) means "change it". */
    private static final class Fields {

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
