package dev.plume.identity;

import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/**
 * Every change to a user: registering, details, profile, role, deletion, linked accounts. A
 * change others can see is announced ({@link UserChanged}) and the user's cached sessions are
 * evicted, so that no instance keeps serving the old name, picture or role.
 */
@ApplicationScoped
@Transactional
public class UserWrites {

    private final Event<UserChanged> userChanged;
    private final SessionCache sessionCache;
    private final SessionWrites sessions;
    private final AccountRecovery recovery;

    UserWrites(Event<UserChanged> userChanged, SessionCache sessionCache, SessionWrites sessions, AccountRecovery recovery) {
        this.userChanged = userChanged;
        this.sessionCache = sessionCache;
        this.sessions = sessions;
        this.recovery = recovery;
    }

    /** A new USER who signs in with a password; a link confirming the address is mailed. */
    public UUID register(String email, String password, String name) {
        User user = withPassword(email, password, name);
        user.persistAndFlush();
        recovery.requestVerification(user);
        return user.id;
    }

    /**
     * A user made by the operator (the command line), with a role and an address taken as
     * verified: how an installation gets its first ADMIN.
     */
    public UUID create(String email, String password, String name, Role role) {
        User user = withPassword(email, password, name);
        user.verifyEmail();
        user.changeRole(Actor.OPERATOR, role);
        user.persistAndFlush();
        return user.id;
    }

    /** A new USER who signs in with this password; the email must be free. The caller persists it. */
    private static User withPassword(String email, String password, String name) {
        if (User.emailTaken(email)) {
            throw Problems.conflict("email", "is already registered");
        }
        User user = User.of(email, name);
        user.passwordHash = Passwords.hash(password);
        return user;
    }

    /** The user themselves, or an ADMIN, changes the name or picture. */
    public void changeDetails(Viewer by, UUID id, String name, String image) {
        if (!by.mayChange(id, Role.ADMIN)) {
            throw Problems.forbidden("Only the user or an admin may change this user");
        }
        User user = User.findActive(id).orElseThrow(() -> Problems.notFound("User not found"));
        user.changeProfile(name, image);
        announce(user);
    }

    /** Writes the user's bio or avatar; an empty string clears one, null leaves it. */
    public void writeProfile(UUID userId, String bio, String avatar) {
        Profile profile = Profile.of(userId);
        if (bio != null) {
            profile.bio = bio.isBlank() ? null : bio.strip();
        }
        if (avatar != null) {
            profile.avatar = avatar.isEmpty() ? null : avatar;
        }
        profile.persist();
    }

    public void changeRole(Actor by, UUID id, Role role) {
        User user = User.lockActive(id).orElseThrow(() -> Problems.notFound("User not found"));
        user.changeRole(by, role);
        announce(user);
    }

    /** The operator's way to change a role: by the user's email (the command line). */
    public void changeRoleOf(String email, Role role) {
        User user = User.findActiveByEmail(email).orElseThrow(() -> Problems.notFound("No active user has the email " + email.strip()));
        changeRole(Actor.OPERATOR, user.id, role);
    }

    /** Soft-deletes the user: their sessions end, their posts and comments leave public reads. */
    public void delete(Actor by, UUID id) {
        User user = User.lockActive(id).orElseThrow(() -> Problems.notFound("User not found"));
        user.delete(by);
        sessions.endAllOf(user.id);
        announce(user);
    }

    public void restore(Actor by, UUID id) {
        User user = User.lock(id).orElseThrow(() -> Problems.notFound("User not found"));
        user.restore(by);
        announce(user);
    }

    /** Unlinks one of the user's accounts, never their last way to sign in. */
    public void unlinkAccount(UUID userId, UUID accountId) {
        // the user row is locked so that two concurrent unlinks cannot both remove "the other" way
        User user = User.lockActive(userId).orElseThrow(() -> Problems.unauthorized("Session has ended"));
        List<Account> accounts = Account.of(user.id);
        Account account = accounts.stream().filter(a -> a.id.equals(accountId)).findFirst()
                .orElseThrow(() -> Problems.notFound("Account not found"));
        if (accounts.size() + (user.passwordHash != null ? 1 : 0) <= 1) {
            throw Problems.of(Response.Status.CONFLICT, "This account is your last way to sign in: set a password or link another first");
        }
        account.delete();
    }

    /** After a change others can see: the user's cached sessions go, and features showing users hear of it. */
    public void announce(User user) {
        user.flush();
        sessionCache.evictAllOf(user.id);
        userChanged.fire(new UserChanged(user.id));
    }
}
