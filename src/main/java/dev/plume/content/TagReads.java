package dev.plume.content;

import dev.plume.content.TagDtos.TagWithCount;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Tags with the number of their visible posts, in one statement. */
@ApplicationScoped
public class TagReads {

    private static final String WITH_COUNTS = """
            select t.id, t.name, t.slug,
                   (select count(*) from post_tags pt join visible_posts p on p.id = pt.post_id where pt.tag_id = t.id) as post_count
            from tags t""";

    public List<TagWithCount> all() {
        return Sql.of(WITH_COUNTS + " order by t.name").list(TagReads::tag);
    }

    public Optional<TagWithCount> bySlug(String slug) {
        return Sql.of(WITH_COUNTS + " where t.slug = :slug").bind("slug", slug).first(TagReads::tag);
    }

    private static TagWithCount tag(Row row) throws SQLException {
        return new TagWithCount(row.uuid("id"), row.text("name"), row.text("slug"), row.count("post_count"));
    }
}
