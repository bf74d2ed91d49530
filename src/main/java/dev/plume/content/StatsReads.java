package dev.plume.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.content.StatsDtos.CategoryCount;
import dev.plume.content.StatsDtos.Stats;
import dev.plume.content.StatsDtos.TopAuthor;
import dev.plume.content.StatsDtos.Totals;
import dev.plume.platform.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;


/** The site's figures in one statement, so that they are read from one snapshot and agree with each other. */
@ApplicationScoped
public class StatsReads {

    private static final String STATS = """
            select (select count(*) from users where deleted_at is null) as users,
                   (select count(*) from posts p join users u on u.id = p.author_id
                     where p.deleted_at is null and u.deleted_at is null) as posts,
                   (select count(*) from visible_posts) as published_posts,
                   (select coalesce(sum(pc.comments), 0) from post_counters pc join visible_posts p on p.id = pc.post_id) as comments,
                   (select coalesce(sum(pc.likes), 0) from post_counters pc join visible_posts p on p.id = pc.post_id) as likes,
                   (select count(*) from categories) as categories,
                   (select count(*) from tags) as tags,
                   (select coalesce(json_agg(a order by a."publishedPosts" desc, a.id), '[]') from (
                      select p.author_id as id, min(p.author_name) as name, min(p.author_image) as image, count(*) as "publishedPosts"
                      from visible_posts p group by p.author_id order by "publishedPosts" desc, p.author_id limit 10) a)::text as top_authors,
                   (select coalesce(json_agg(x order by x.posts desc, x.name), '[]') from (
                      select c.id, c.name, c.slug, (select count(*) from visible_posts p where p.category_id = c.id) as posts
                      from categories c) x)::text as per_category""";

    private final ObjectMapper json;

    StatsReads(ObjectMapper json) {
        this.json = json;
    }

    public Stats stats() {
        return Sql.of(STATS).first(row -> new Stats(
                new Totals(row.count("users"), row.count("posts"), row.count("published_posts"), row.count("comments"),
                        row.count("likes"), row.count("categories"), row.count("tags")),
                row.list("top_authors", json, TopAuthor.class), row.list("per_category", json, CategoryCount.class))).orElseThrow();
    }
}
