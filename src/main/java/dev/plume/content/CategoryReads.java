package dev.plume.content;

import dev.plume.content.CategoryDtos.CategoryView;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Categories with the number of their visible posts, one statement each. */
@ApplicationScoped
public class CategoryReads {

    private static final String WITH_COUNTS = """
            select c.id, c.name, c.slug, c.description,
                   (select count(*) from visible_posts p where p.category_id = c.id) as post_count
            from categories c""";

    public List<CategoryView> all() {
        return Sql.of(WITH_COUNTS + " order by c.name").list(CategoryReads::category);
    }

    public Optional<CategoryView> bySlug(String slug) {
        return Sql.of(WITH_COUNTS + " where c.slug = :slug").bind("slug", slug).first(CategoryReads::category);
    }

    private static CategoryView category(Row row) throws SQLException {
        return new CategoryView(row.uuid("id"), row.text("name"), row.text("slug"), row.text("description"), row.count("post_count"));
    }
}
