package dev.plume.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
import dev.plume.platform.database.HotReads;
import dev.plume.platform.page.Cursor;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.plume.platform.database.Rows.count;
import static dev.plume.platform.database.Rows.instant;
import static dev.plume.platform.database.Rows.real;
import static dev.plume.platform.database.Rows.text;
import static dev.plume.platform.database.Rows.uuid;

/**
 * The post reads behind the API, each one SQL statement whatever the page size: authors,
 * categories, counters and tags are joined. A visible post is published, not deleted, by an
 * author not deleted.
 */
@ApplicationScoped
public class PostReads {

    static final String VISIBLE = "p.status = 'PUBLISHED' and p.deleted_at is null and u.deleted_at is null";

    /** The post's counts, from the counters the database keeps exact (migration V2); needs {@link #COUNTERS}. */
    static final String COUNTS = "coalesce(pc.comments, 0) as comment_count, coalesce(pc.likes, 0) as like_count";

    static final String COUNTERS = " left join post_counters pc on pc.post_id = p.id";

    private static final String FEED_COLUMNS = """
            select p.id, p.title, p.slug, p.excerpt, p.image, p.published_at,
                   u.id as author_id, u.name as author_name, u.image as author_image,
                   c.name as category_name, c.slug as category_slug,
            """ + COUNTS + """

            from posts p
            join users u on u.id = p.author_id
            left join categories c on c.id = p.category_id
            """ + COUNTERS + " where " + VISIBLE;

    private static final String DETAIL = """
            select p.id, p.title, p.slug, p.excerpt, p.content, p.image, p.status::text as status,
                   p.published_at, p.created_at, p.updated_at,
                   u.id as author_id, u.name as author_name, u.image as author_image, u.role::text as author_role,
                   c.id as category_id, c.name as category_name, c.slug as category_slug, c.description as category_description,
                   (select coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'slug', t.slug)
                                             order by t.name collate "C"), '[]')
                      from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = p.id)::text as tags,
            """ + COUNTS + """

            from posts p
            join users u on u.id = p.author_id
            left join categories c on c.id = p.category_id
            """ + COUNTERS + " where p.slug = :slug and " + VISIBLE;

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
               from post_search_terms s
               join posts p on p.id = s.post_id join users u on u.id = p.author_id
               where s.term = (select term from t) and\s""" + VISIBLE + """

               order by s.rank desc, s.published_at desc, s.post_id desc limit %1$d)
              union all
              (select p.id, p.title, p.slug, p.excerpt, p.published_at, ts_rank(p.search, q.query) as rank
               from q, t, posts p join users u on u.id = p.author_id
               where p.search @@ q.query and\s""" + VISIBLE + """

                 and not exists (select 1 from post_search_terms s where s.term = t.term and s.post_id = p.id)
               order by rank desc, p.published_at desc, p.id desc limit %1$d)
            ) r limit %1$d""";

    private static final String SEARCH_WITH_SNIPPETS = """
            select r.id, r.title, r.slug, r.excerpt, r.published_at, r.rank,
                   ts_headline('english', p.content, websearch_to_tsquery('english', :q),
                               'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<mark>, StopSel=</mark>') as snippet
            from (%s) r join posts p on p.id = r.id
            order by r.rank desc, r.published_at desc, r.id desc""";

    private static final String MY_POSTS = """
            select p.id, p.title, p.slug, p.excerpt, p.status::text as status, p.published_at, p.created_at, p.updated_at,
                   c.name as category_name, c.slug as category_slug,
            """ + COUNTS + """

            from posts p
            left join categories c on c.id = p.category_id
            """ + COUNTERS + " where p.author_id = :author and p.deleted_at is null";

    private final ObjectMapper json;

    PostReads(ObjectMapper json) {
        this.json = json;
    }

    /** A keyset page of the feed: {@code limit} rows after the cursor (or from the top). */
    public List<FeedItem> feed(FeedFilter filter, Cursor after, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(FEED_COLUMNS).append(filterClauses(filter, parameters));
        if (after != null) {
            sql.append(" and (p.published_at, p.id) < (?, ?)");
            parameters.add(after.at());
            parameters.add(after.id());
        }
        sql.append(" order by p.published_at desc, p.id desc").append(limitClause(limit));
        return HotReads.list(sql.toString(), parameters, PostReads::feedItem);
    }

    /** A numbered page of the feed. */
    public List<FeedItem> feedPage(FeedFilter filter, long offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String sql = FEED_COLUMNS + filterClauses(filter, parameters) + " order by p.published_at desc, p.id desc"
                + limitClause(limit) + " offset ?";
        parameters.add(offset);
        return HotReads.list(sql, parameters, PostReads::feedItem);
    }

    public long feedTotal(FeedFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "select count(*) from posts p join users u on u.id = p.author_id where " + VISIBLE
                + filterClauses(filter, parameters);
        return HotReads.list(sql, parameters, row -> row.getLong(1)).getFirst();
    }

    public Optional<PostDetail> detail(String slug) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery(DETAIL, Tuple.class)
                .setParameter("slug", slug).getResultList();
        return rows.stream().findFirst().map(this::detail);
    }

    /** Ranked search; {@code snippets} adds each post's best passage (about 0.15 ms of database time a post). */
    public List<SearchHit> search(String text, int limit, boolean snippets) {
        String ranked = SEARCH.formatted(limit);
        String sql = snippets ? SEARCH_WITH_SNIPPETS.formatted(ranked) : ranked;
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery(sql, Tuple.class).setParameter("q", text).getResultList();
        return rows.stream().map(row -> new SearchHit(uuid(row, "id"), text(row, "title"), text(row, "slug"),
                text(row, "excerpt"), instant(row, "published_at"), real(row, "rank"),
                snippets ? text(row, "snippet") : null)).toList();
    }

    /** The author's own posts, drafts included, newest first; keyset on (created_at, id). */
    public List<MyPost> ofAuthor(UUID author, PostStatus status, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder(MY_POSTS);
        if (status != null) {
            sql.append(" and p.status = cast(:status as post_status)");
        }
        if (after != null) {
            sql.append(" and (p.created_at, p.id) < (:after_at, :after_id)");
        }
        sql.append(" order by p.created_at desc, p.id desc").append(limitClause(limit));
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString(), Tuple.class)
                .setParameter("author", author);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (after != null) {
            query.setParameter("after_at", after.at()).setParameter("after_id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new MyPost(uuid(row, "id"), text(row, "title"), text(row, "slug"),
                text(row, "excerpt"), PostStatus.valueOf(text(row, "status")), instant(row, "published_at"),
                instant(row, "created_at"), instant(row, "updated_at"), categorySummary(row), counts(row))).toList();
    }

    /**
     * The row limit, written into the SQL rather than bound: with a bound LIMIT, PostgreSQL's
     * generic plan cannot know the page is small and may sort every visible post.
     */
    static String limitClause(int limit) {
        return " limit " + limit;
    }

    /** The filter's conditions; their values are added to {@code parameters} in the order of their {@code ?}. */
    private static String filterClauses(FeedFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.category() != null) {
            where.append(" and p.category_id = (select id from categories where slug = ?)");
            parameters.add(filter.category());
        }
        if (filter.tag() != null) {
            where.append(" and exists (select 1 from post_tags pt join tags t on t.id = pt.tag_id"
                    + " where pt.post_id = p.id and t.slug = ?)");
            parameters.add(filter.tag());
        }
        if (filter.author() != null) {
            where.append(" and p.author_id = ?");
            parameters.add(filter.author());
        }
        if (filter.query() != null) {
            where.append(" and p.search @@ websearch_to_tsquery('english', ?)");
            parameters.add(filter.query());
        }
        return where.toString();
    }

    private static FeedItem feedItem(ResultSet row) throws SQLException {
        String categorySlug = row.getString("category_slug");
        return new FeedItem(row.getObject("id", UUID.class), row.getString("title"), row.getString("slug"),
                row.getString("excerpt"), row.getString("image"), HotReads.instant(row, "published_at"),
                new AuthorSummary(row.getObject("author_id", UUID.class), row.getString("author_name"), row.getString("author_image")),
                categorySlug == null ? null : new CategorySummary(row.getString("category_name"), categorySlug),
                new Counts(row.getLong("comment_count"), row.getLong("like_count")));
    }

    private PostDetail detail(Tuple row) {
        UUID categoryId = uuid(row, "category_id");
        return new PostDetail(uuid(row, "id"), text(row, "title"), text(row, "slug"), text(row, "excerpt"),
                text(row, "content"), text(row, "image"), PostStatus.valueOf(text(row, "status")),
                instant(row, "published_at"), instant(row, "created_at"), instant(row, "updated_at"),
                new AuthorDetail(uuid(row, "author_id"), text(row, "author_name"), text(row, "author_image"),
                        Role.valueOf(text(row, "author_role"))),
                categoryId == null ? null : new CategoryDetail(categoryId, text(row, "category_name"),
                        text(row, "category_slug"), text(row, "category_description")),
                tags(text(row, "tags")), counts(row));
    }

    private List<TagView> tags(String array) {
        try {
            return json.readValue(array, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database answered tags that are not JSON", e);
        }
    }

    private static CategorySummary categorySummary(Tuple row) {
        String slug = text(row, "category_slug");
        return slug == null ? null : new CategorySummary(text(row, "category_name"), slug);
    }

    static Counts counts(Tuple row) {
        return new Counts(count(row, "comment_count"), count(row, "like_count"));
    }
}
