package dev.plume.identity;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
    public Role role = Role.USER;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public static Optional<User> findActive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
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

    /** The active user, its row locked until the transaction ends. */
    public static Optional<User> lockActive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<User> findActiveByEmail(String email) {
        return find("lower(email) = lower(?1) and deletedAt is null", email).firstResultOptional();
    }

    public enum Deletion { ACTIVE, DELETED, ANY }

    /** Users newest first, matching a search in email or name, a role and a deletion state (null: any role). */
    public static PanacheQuery<User> search(String text, Role role, Deletion deletion) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (text != null && !text.isBlank()) {
            query.append(" and (lower(email) like :text escape '\\' or lower(name) like :text escape '\\')");
            parameters.and("text", "%" + text.strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        if (role != null) {
            query.append(" and role = :role");
            parameters.and("role", role);
        }
        query.append(switch (deletion) {
            case ACTIVE -> " and deletedAt is null";
            case DELETED -> " and deletedAt is not null";
            case ANY -> "";
        });
        return find(query + " order by createdAt desc, id desc", parameters);
    }

    public static boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
