package dev.plume.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.content.PostDtos.AuthorDetail;
import dev.plume.content.PostDtos.AuthorSummary;
import dev.plume.content.PostDtos.CategoryDetail;
import dev.plume.content.PostDtos.CategorySummary;
import dev.plume.content.PostDtos.Counts;
import dev.plume.content.PostDtos.FeedItem;
import dev.plume.content.PostDtos.MyPost;
import dev.plume.content.PostDtos.PostDetail;
import dev.plume.content.PostDtos.SearchHit;
import dev.plume.content.PostDtos.TagView;
import dev.plume.identity.Role;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Conditions;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The post reads behind the API, each one SQL statement whatever the page size: authors,
 * categories, counters and tags are joined. Public reads see {@code visible_posts} only
 * (migration V5).
 */
@ApplicationScoped
public class PostReads {

    /** The post's counts, from the counters the database keeps exact (migrations V2, V5). */
    private static final String COUNTS = """
            coalesce(pc.comments, 0) as comment_count, coalesce(pc.likes, 0) as like_count""";

    private static final String FEED = """
            select p.id, p.title, p.slug, p.excerpt, p.image, p.published_at,
                   p.author_id, p.author_name, p.author_image,
                   c.name as category_name, c.slug as category_slug,
            """ + COUNTS + """

            from visible_posts p
            left join categories c on c.id = p.category_id
            left join post_counters pc on pc.post_id = p.id
            where true""";

    private static final String FEED_TOTAL = "select count(*) as total from visible_posts p where true";

    private static final String DETAIL = """
            select p.id, p.title, p.slug, p.excerpt, p.content, p.image, p.status::text as status,
                   p.published_at, p.created_at, p.updated_at,
                   p.author_id, p.author_name, p.author_image, p.author_role::text as author_role,
                   c.id as category_id, c.name as category_name, c.slug as category_slug, c.description as category_description,
                   (select coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'slug', t.slug)
                                             order by t.name collate "C"), '[]')
                      from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = p.id)::text as tags,
            """ + COUNTS + """

            from visible_posts p
            left join categories c on c.id = p.category_id
            left join post_counters pc on pc.post_id = p.id
            where p.slug = :slug""";

    /**
     * Ranked search: rank, then newest, then id. One-word queries read the ranked title-term
     * index first (migration V3); content matches are ranked only when the title matches do
     * not fill the page (the Append stops at the limit), and always for longer queries.
     */
    private static final String SEARCH = """
            with q as (select websearch_to_tsquery('english', :q) as query),
                 t as (select case when numnode(query) = 1 and query::text ~ '^''[^''\\\\:]+''$'
                                   then substr(query::text, 2, length(query::text) - 2) end as term from q)
            select * from (
              (select p.id, p.title, p.slug, p.excerpt, p.published_at, s.rank
               from post_search_terms s join visible_posts p on p.id = s.post_id
               where s.term = (select term from t)
               order by s.rank desc, s.published_at desc, s.post_id desc limit %1$d)
              union all
              (select p.id, p.title, p.slug, p.excerpt, p.published_at, ts_rank(p.search, q.query) as rank
               from q, t, visible_posts p
               where p.search @@ q.query
                 and not exists (select 1 from post_search_terms s where s.term = t.term and s.post_id = p.id)
               order by rank desc, p.published_at desc, p.id desc limit %1$d)
            ) r limit %1$d""";

    /** The content is escaped before the matches are marked (migration V6): a snippet's only markup is its marks. */
    private static final String SEARCH_WITH_SNIPPETS = """
            select r.id, r.title, r.slug, r.excerpt, r.published_at, r.rank,
                   ts_headline('english', html_escape(p.content), websearch_to_tsquery('english', :q),
                               'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<mark>, StopSel=</mark>') as snippet
            from (%s) r join posts p on p.id = r.id
            order by r.rank desc, r.published_at desc, r.id desc""";

    private static final String MY_POSTS = """
            select p.id, p.title, p.slug, p.excerpt, p.status::text as status, p.published_at, p.created_at, p.updated_at,
                   c.name as category_name, c.slug as category_slug,
            """ + COUNTS + """

            from posts p
            left join categories c on c.id = p.category_id
            left join post_counters pc on pc.post_id = p.id
            where p.author_id = :author and p.deleted_at is null""";

    private static final String VISIBLE_SLUG = "select slug from visible_posts where id = :id";

    private final ObjectMapper json;

    PostReads(ObjectMapper json) {
        this.json = json;
    }

    /** A keyset page of the feed: {@code limit} rows after the cursor (or from the top). */
    public List<FeedItem> feed(FeedFilter filter, Cursor after, int limit) {
        Conditions where = filter.conditions();
        String sql = FEED + where.sql() + (after == null ? "" : " and (p.published_at, p.id) < (:after_at, :after_id)")
                + " order by p.published_at desc, p.id desc" + Sql.limit(limit);
        Sql statement = where.bind(Sql.of(sql));
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(PostReads::feedItem);
    }

    /** A numbered page of the feed. */
    public List<FeedItem> feedPage(FeedFilter filter, long offset, int limit) {
        Conditions where = filter.conditions();
        String sql = FEED + where.sql() + " order by p.published_at desc, p.id desc" + Sql.limit(limit) + " offset :offset";
        return where.bind(Sql.of(sql)).bind("offset", offset).list(PostReads::feedItem);
    }

    public long feedTotal(FeedFilter filter) {
        Conditions where = filter.conditions();
        return where.bind(Sql.of(FEED_TOTAL + where.sql())).first(row -> row.count("total")).orElse(0L);
    }

    public Optional<PostDetail> detail(String slug) {
        return Sql.of(DETAIL).bind("slug", slug).first(this::detail);
    }

    /** The slug of the visible post with that id. */
    public Optional<String> visibleSlug(UUID id) {
        return Sql.of(VISIBLE_SLUG).bind("id", id).first(row -> row.text("slug"));
    }

    /** Ranked search; {@code snippets} adds each post's best passage (about 0.15 ms of database time a post). */
    public List<SearchHit> search(String text, int limit, boolean snippets) {
        String ranked = SEARCH.formatted(limit);
        return Sql.of(snippets ? SEARCH_WITH_SNIPPETS.formatted(ranked) : ranked).bind("q", text)
                .list(row -> new SearchHit(row.uuid("id"), row.text("title"), row.text("slug"), row.text("excerpt"),
                        row.instant("published_at"), row.real("rank"), snippets ? row.text("snippet") : null));
    }

    /** The author's own posts, drafts included, newest first; keyset on (created_at, id). */
    public List<MyPost> ofAuthor(UUID author, PostStatus status, Cursor after, int limit) {
        String sql = MY_POSTS + (status == null ? "" : " and p.status = cast(:status as post_status)")
                + (after == null ? "" : " and (p.created_at, p.id) < (:after_at, :after_id)")
                + " order by p.created_at desc, p.id desc" + Sql.limit(limit);
        Sql statement = Sql.of(sql).bind("author", author);
        if (status != null) {
            statement.bind("status", status);
        }
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(row -> new MyPost(row.uuid("id"), row.text("title"), row.text("slug"), row.text("excerpt"),
                row.enumValue("status", PostStatus.class), row.instant("published_at"), row.instant("created_at"),
                row.instant("updated_at"), categorySummary(row), counts(row)));
    }

    private static FeedItem feedItem(Row row) throws SQLException {
        return new FeedItem(row.uuid("id"), row.text("title"), row.text("slug"), row.text("excerpt"), row.text("image"),
                row.instant("published_at"), new AuthorSummary(row.uuid("author_id"), row.text("author_name"), row.text("author_image")),
                categorySummary(row), counts(row));
    }

    private PostDetail detail(Row row) throws SQLException {
        UUID categoryId = row.uuid("category_id");
        return new PostDetail(row.uuid("id"), row.text("title"), row.text("slug"), row.text("excerpt"),
                row.text("content"), row.text("image"), row.enumValue("status", PostStatus.class),
                row.instant("published_at"), row.instant("created_at"), row.instant("updated_at"),
                new AuthorDetail(row.uuid("author_id"), row.text("author_name"), row.text("author_image"),
                        row.enumValue("author_role", Role.class)),
                categoryId == null ? null : new CategoryDetail(categoryId, row.text("category_name"),
                        row.text("category_slug"), row.text("category_description")),
                row.list("tags", json, TagView.class), counts(row));
    }

    private static CategorySummary categorySummary(Row row) throws SQLException {
        String slug = row.text("category_slug");
        return slug == null ? null : new CategorySummary(row.text("category_name"), slug);
    }

    private static Counts counts(Row row) throws SQLException {
        return new Counts(row.count("comment_count"), row.count("like_count"));
    }
}
