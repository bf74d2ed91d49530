package dev.plume.floor;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "posts")
public class Post extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    public String slug;
    public String content;

    public static Post bySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
