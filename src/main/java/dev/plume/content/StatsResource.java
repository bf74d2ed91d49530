package dev.plume.content;

import dev.plume.platform.cache.ReadCache;
import dev.plume.platform.web.Rendered;
import io.quarkus.hibernate.orm.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import static dev.plume.platform.database.Rows.count;
import static dev.plume.platform.database.Rows.text;
import static dev.plume.platform.database.Rows.uuid;

@Path("/api/stats")
@Tag(name = "Stats")
public class StatsResource {

    private static final String TOTALS = """
            select (select count(*) from users where deleted_at is null) as users,
                   (select count(*) from posts where deleted_at is null) as posts,
                   (select count(*) from posts p join users u on u.id = p.author_id where\s""" + PostReads.VISIBLE + """
            ) as published_posts,
                   (select count(*) from comments where deleted_at is null) as comments,
                   (select count(*) from likes) as likes,
                   (select count(*) from categories) as categories,
                   (select count(*) from tags) as tags""";

    private static final String TOP_AUTHORS = """
            select u.id, u.name, u.image, count(*) as published_posts
            from posts p join users u on u.id = p.author_id
            where\s""" + PostReads.VISIBLE + """

            group by u.id order by published_posts desc, u.id limit 10""";

    private static final String PER_CATEGORY = """
            select c.id, c.name, c.slug,
                   count(p.id) filter (where p.status = 'PUBLISHED' and p.deleted_at is null) as posts
            from categories c left join posts p on p.category_id = c.id
            group by c.id order by posts desc, c.name""";

    public record Totals(long users, long posts, long publishedPosts, long comments, long likes, long categories, long tags) {
    }

    public record TopAuthor(UUID id, String name, String image, long publishedPosts) {
    }

    public record CategoryCount(UUID id, String name, String slug, long posts) {
    }

    public record Stats(Totals totals, List<TopAuthor> topAuthors, List<CategoryCount> postsPerCategory) {
    }

    private final ReadCache cache;

    StatsResource(ReadCache cache) {
        this.cache = cache;
    }

    @GET
    @Operation(summary = "Totals, the ten authors with most published posts, and published posts per category")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stats.class)))
    public Uni<Rendered> stats() {
        return cache.rendered(ReadCache.STATS, "all", StatsResource::load);
    }

    private static Stats load() {
        Tuple t = rows(TOTALS).getFirst();
        Totals totals = new Totals(count(t, "users"), count(t, "posts"), count(t, "published_posts"),
                count(t, "comments"), count(t, "likes"), count(t, "categories"), count(t, "tags"));
        List<TopAuthor> authors = rows(TOP_AUTHORS).stream().map(row -> new TopAuthor(uuid(row, "id"), text(row, "name"),
                text(row, "image"), count(row, "published_posts"))).toList();
        List<CategoryCount> categories = rows(PER_CATEGORY).stream().map(row -> new CategoryCount(uuid(row, "id"),
                text(row, "name"), text(row, "slug"), count(row, "posts"))).toList();
        return new Stats(totals, authors, categories);
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> rows(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql, Tuple.class).getResultList();
    }
}
