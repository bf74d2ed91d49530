package dev.plume.identity;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** The optional details a user tells about themselves; at most one per user. */
@Entity
@Table(name = "profiles")
public class Profile extends TimestampedEntity {

    @Column(name = "user_id")
    public UUID userId;

    public String bio;

    public String avatar;

    /** The user's profile, created empty (not yet stored) when they have none. */
    public static Profile of(UUID userId) {
        return Profile.<Profile>find("userId", userId).firstResultOptional().orElseGet(() -> {
            Profile profile = new Profile();
            profile.userId = userId;
            return profile;
        });
    }
}
