package dev.plume.content;

import dev.plume.platform.database.UuidEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "tags")
public class Tag extends UuidEntity {

    public String name;

    public String slug;

    public static List<Tag> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public static boolean taken(String name, String slug) {
        return count("lower(name) = lower(?1) or slug = ?2", name, slug) > 0;
    }
}
