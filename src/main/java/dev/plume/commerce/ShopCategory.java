package dev.plume.commerce;

import dev.plume.platform.database.UuidEntity;
import dev.plume.platform.error.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A category of the shop's tree. A category is placed once, under a parent that exists already,
 * so the tree never loops.
 */
@Entity
@Table(name = "shop_categories")
public class ShopCategory extends UuidEntity {

    public String name;

    public String slug;

    @Column(name = "parent_id")
    public UUID parentId;

    public void placeUnder(UUID parent) {
        if (parent != null && findById(parent) == null) {
            throw Problems.invalid("body", "parentId", "no shop category has this id");
        }
        parentId = parent;
    }
}
