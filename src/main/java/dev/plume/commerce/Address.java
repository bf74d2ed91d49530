package dev.plume.commerce;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.util.UUID;

/** A postal address of a user's; at most one is the default (a unique index holds it). */
@Entity
@Table(name = "addresses")
@DynamicUpdate
public class Address extends TimestampedEntity {

    @Column(name = "user_id")
    public UUID userId;

    public String name;

    public String line1;

    public String line2;

    public String city;

    @Column(name = "postal_code")
    public String postalCode;

    public String region;

    public String country;

    public String phone;

    @Column(name = "is_default")
    public boolean isDefault;

    /** The user's address with that id; another user's is as absent as a missing one. */
    public static java.util.Optional<Address> of(UUID userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }
}
