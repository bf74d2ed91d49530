package dev.plume.identity;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

import java.time.Instant;
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

    public static Optional<User> findActiveByEmail(String email) {
        return find("lower(email) = lower(?1) and deletedAt is null", email).firstResultOptional();
    }

    public static boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
