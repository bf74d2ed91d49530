package dev.plume.workspace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/** A user's membership of an organization, with their role in it. */
@Entity
@Table(name = "org_members")
@IdClass(Membership.Key.class)
public class Membership extends PanacheEntityBase {

    @Id
    @Column(name = "org_id")
    public UUID orgId;

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    public OrgRole role;

    public record Key(UUID orgId, UUID userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    static Membership of(UUID orgId, UUID userId, OrgRole role) {
        Membership membership = new Membership();
        membership.orgId = orgId;
        membership.userId = userId;
        membership.role = role;
        return membership;
    }

    static Optional<Membership> find(UUID orgId, UUID userId) {
        return find("orgId = ?1 and userId = ?2", orgId, userId).firstResultOptional();
    }

    static long owners(UUID orgId) {
        return count("orgId = ?1 and role = ?2", orgId, OrgRole.OWNER);
    }
}
