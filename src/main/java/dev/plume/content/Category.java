package dev.plume.content;

import dev.plume.platform.database.TimestampedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "categories")
@DynamicUpdate
public class Category extends TimestampedEntity {

    public String name;

    public String slug;

    public String description;

    public static Optional<Category> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static boolean nameTakenByOther(String name, UUID self) {
        return count("lower(name) = lower(?1) and (?2 is null or id <> ?2)", name, self) > 0;
    }
}
