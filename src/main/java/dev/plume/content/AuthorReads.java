package dev.plume.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.content.AuthorDtos.AuthorPage;
import dev.plume.content.AuthorDtos.LatestPost;
import dev.plume.identity.Role;
import dev.plume.platform.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** A user as the public sees them, with their visible posts, in one statement. */
@ApplicationScoped
public class AuthorReads {

    private static final String PAGE = """
            select u.id, u.name, u.image, u.role::text as role, u.created_at,
                   (select count(*) from visible_posts p where p.author_id = u.id) as post_count,
                   (select coalesce(json_agg(x order by x."publishedAt" desc, x.id desc), '[]') from (
                       select p.id, p.title, p.slug, p.excerpt,
                              to_char(p.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt"
                       from visible_posts p where p.author_id = u.id
                       order by p.published_at desc, p.id desc limit 10) x)::text as latest_posts
            from users u where u.id = :id and u.deleted_at is null""";

    private final ObjectMapper json;

    AuthorReads(ObjectMapper json) {
        this.json = json;
    }

    public Optional<AuthorPage> page(UUID id) {
        return Sql.of(PAGE).bind("id", id).first(row -> new AuthorPage(row.uuid("id"), row.text("name"), row.text("image"),
                row.enumValue("role", Role.class), row.instant("created_at"), row.count("post_count"), row.list("latest_posts", json, LatestPost.class)));
    }
}
