package dev.plume.workspace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.util.UUID;

/**
 * An organization. Its id is chosen before it is stored, because the transaction that creates it
 * must enter it first: Row-Level Security admits only rows of the organization entered.
 */
@Entity
@Table(name = "organizations")
@DynamicUpdate
public class Organization extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan")
    public Plan plan;

    static Organization create(UUID id, String slug, String name) {
        Organization organization = new Organization();
        organization.id = id;
        organization.slug = slug;
        organization.name = name;
        organization.plan = Plan.FREE;
        return organization;
    }
}
