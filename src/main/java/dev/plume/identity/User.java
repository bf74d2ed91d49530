package dev.plume.identity;

import dev.plume.platform.database.TimestampedEntity;
import dev.plume.platform.error.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A user, and the rules of changing one: who may change a role, delete or restore a user. The
 * admin API, the Auth.js adapter, the command line and the seed all go through these methods.
 */
@Entity
@Table(name = "users")
@DynamicUpdate
public class User extends TimestampedEntity {

    public String email;

    @Column(name = "email_verified")
    public Instant emailVerified;

    public String name;

    public String image;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    private Role role = Role.USER;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** A new user with role USER; the caller persists it. */
    public static User of(String email, String name) {
        User user = new User();
        user.email = email.strip();
        user.name = name == null ? null : name.strip();
        return user;
    }

    public Role role() {
        return role;
    }

    /**
     * Gives the user another role. Nobody changes their own; only an ADMIN changes roles, and
     * only a SUPER_ADMIN grants or takes away ADMIN and SUPER_ADMIN.
     */
    public void changeRole(Actor by, Role newRole) {
        if (by instanceof Viewer viewer) {
            if (viewer.id().equals(id)) {
                throw Problems.forbidden("Nobody changes their own role");
            }
            if (!viewer.role().atLeast(Role.ADMIN)) {
                throw Problems.forbidden("Only an ADMIN changes roles");
            }
            if ((role.atLeast(Role.ADMIN) || newRole.atLeast(Role.ADMIN)) && !viewer.role().atLeast(Role.SUPER_ADMIN)) {
                throw Problems.forbidden("Only a SUPER_ADMIN grants or takes away ADMIN and SUPER_ADMIN");
            }
        }
        role = newRole;
    }

    /** Soft-deletes the user: their sessions are ended by the caller, their content leaves public reads. */
    public void delete(Actor by) {
        mayRemove(by);
        deletedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public void restore(Actor by) {
        mayRemove(by);
        deletedAt = null;
    }

    /** Only an ADMIN deletes or restores users, nobody themselves, and only a SUPER_ADMIN an administrator. */
    private void mayRemove(Actor by) {
        if (by instanceof Viewer viewer) {
            if (viewer.id().equals(id)) {
                throw Problems.forbidden("Nobody deletes or restores themselves");
            }
            if (!viewer.role().atLeast(Role.ADMIN)) {
                throw Problems.forbidden("Only an ADMIN deletes or restores users");
            }
            if (role.atLeast(Role.ADMIN) && !viewer.role().atLeast(Role.SUPER_ADMIN)) {
                throw Problems.forbidden("Only a SUPER_ADMIN deletes or restores an administrator");
            }
        }
    }

    /** Changes the name (trimmed) and picture that are given; null leaves one as it is. */
    public void changeProfile(String newName, String newImage) {
        if (newName != null) {
            name = newName.strip();
        }
        if (newImage != null) {
            image = newImage;
        }
    }

    public void verifyEmail() {
        if (emailVerified == null) {
            emailVerified = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
    }

    public static Optional<User> findActive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    /** The active user, its row locked until the transaction ends. */
    public static Optional<User> lockActive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Any user, deleted or not, its row locked until the transaction ends. */
    public static Optional<User> lock(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<User> findActiveByEmail(String email) {
        return find("lower(email) = lower(?1) and deletedAt is null", email.strip()).firstResultOptional();
    }

    public static boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email.strip()) > 0;
    }
}
