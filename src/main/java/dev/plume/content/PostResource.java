package dev.plume.content;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.content.PostDtos.CreatePostRequest;
import dev.plume.content.PostDtos.CreatedPost;
import dev.plume.content.PostDtos.FeedItem;
import dev.plume.content.PostDtos.FeedOffsetPage;
import dev.plume.content.PostDtos.FeedPage;
import dev.plume.content.PostDtos.PostEnvelope;
import dev.plume.content.PostDtos.SearchResults;
import dev.plume.content.PostDtos.UpdatePostRequest;
import dev.plume.content.PostDtos.Views;
import dev.plume.identity.Viewer;
import dev.plume.platform.cache.ReadCache;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.platform.page.OffsetPagination;
import dev.plume.platform.page.PageParams;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.Rendered;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/posts")
@Tag(name = "Posts")
public class PostResource {

    private final PostReads reads;
    private final PostWrites writes;
    private final SecurityIdentity identity;
    private final ReadCache cache;
    private final ContentCaches caches;
    private final ViewCounter views;

    PostResource(PostReads reads, PostWrites writes, SecurityIdentity identity, ReadCache cache, ContentCaches caches,
                 ViewCounter views) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
        this.cache = cache;
        this.caches = caches;
        this.views = views;
    }

    @GET
    @Operation(summary = "The visible posts, newest first",
            description = "Keyset pages by default (`cursor` from the previous page's `nextCursor`); numbered pages when `page` is given.")
    @APIResponse(responseCode = "200", description = "A keyset page, or a numbered page when `page` is given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {FeedPage.class, FeedOffsetPage.class})))
    public Uni<?> feed(@Parameter(description = "Category slug") @QueryParam("category") String category,
                       @Parameter(description = "Tag slug") @QueryParam("tag") String tag,
                       @Parameter(description = "Author id (a UUID)") @QueryParam("author") String author,
                       @Parameter(description = "Full-text filter, web-search syntax") @QueryParam("q") String q,
                       @BeanParam KeysetPageParams paging,
                       @Parameter(description = "Page number from 1: switches to numbered pages, and `cursor` is not read",
                               schema = @Schema(type = SchemaType.STRING, pattern = "^0*[1-9][0-9]{0,5}$"))
                       @QueryParam("page") String page) {
        FeedFilter filter = new FeedFilter(blankToNull(category), blankToNull(tag), authorId(author), blankToNull(q));
        int size = paging.limit();
        if (page != null) {
            int number = OffsetPagination.parsePage(page);
            return VertxContextSupport.executeBlocking(() -> new FeedOffsetPage(
                    reads.feedPage(filter, OffsetPagination.offset(number, size), size),
                    OffsetPagination.of(number, size, reads.feedTotal(filter))));
        }
        Cursor after = paging.cursor();
        if (after == null && filter.equals(FeedFilter.NONE)) {
            return cache.rendered(caches.feedFirstPage, size, () -> feedPage(filter, null, size));
        }
        return VertxContextSupport.executeBlocking(() -> feedPage(filter, after, size));
    }

    private FeedPage feedPage(FeedFilter filter, Cursor after, int size) {
        CursorPagination.Slice<FeedItem> slice = CursorPagination.slice(
                reads.feed(filter, after, size + 1), size, item -> new Cursor(item.publishedAt(), item.id()));
        return new FeedPage(slice.items(), slice.pagination());
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over the visible posts' titles (ranked first) and content",
            description = "Ranked by ts_rank, then newest first. `snippets=true` adds the best passage of each post with the matches marked.")
    public SearchResults search(@Parameter(description = "Search text, web-search syntax", required = true,
                                        schema = @Schema(type = SchemaType.STRING, pattern = "\\S"))
                                @QueryParam("q") String q,
                                @Parameter(description = "Add each post's best matching passage as `snippet`")
                                @QueryParam("snippets") boolean snippets,
                                @BeanParam PageParams paging) {
        if (q == null || q.isBlank()) {
            throw Problems.invalid("query", "q", "must not be empty");
        }
        return new SearchResults(reads.search(q.strip(), paging.limit(), snippets));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "A visible post by its slug")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostEnvelope.class)))
    public Uni<Rendered> detail(@PathParam("slug") String slug) {
        // a missing post is thrown, not cached: unknown slugs cannot crowd out real posts
        return cache.rendered(caches.postDetail, slug,
                () -> reads.detail(slug).map(PostEnvelope::new).orElseThrow(() -> Problems.notFound("Post not found")));
    }

    @POST
    @PerUserRateLimit("writes")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Write a post (draft unless status is PUBLISHED)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the post's page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedPost.class)))
    public RestResponse<CreatedPost> create(@Valid @NotNull CreatePostRequest request) {
        CreatedPost post = writes.create(Viewer.of(identity), request);
        return RestResponse.ResponseBuilder.<CreatedPost>created(URI.create("/api/posts/" + post.slug())).entity(post).build();
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a post (author or ADMIN)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedPost.class)))
    @ErrorAnswer(status = 403, description = "Neither its author nor an ADMIN")
    public CreatedPost update(@PathParam("id") UUID id, @Valid @NotNull UpdatePostRequest request) {
        return writes.update(Viewer.of(identity), id, request);
    }

    @POST
    @PerUserRateLimit("writes")
    @Path("/{id}/publish")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a post (author or ADMIN); the first publication sets publishedAt")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedPost.class)))
    @ErrorAnswer(status = 403, description = "Neither its author nor an ADMIN")
    public CreatedPost publish(@PathParam("id") UUID id) {
        return writes.publish(Viewer.of(identity), id);
    }

    @DELETE
    @PerUserRateLimit("writes")
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Soft-delete a post (author or ADMIN): it disappears from every read")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorAnswer(status = 403, description = "Neither its author nor an ADMIN")
    public Response delete(@PathParam("id") UUID id) {
        writes.delete(Viewer.of(identity), id);
        return Response.noContent().build();
    }

    @POST
    @PerUserRateLimit("writes")
    @Path("/{id}/views")
    @Operation(summary = "Count a view of a visible post (reads never count views)",
            description = "Write-behind: views are added up and written every few seconds and at shutdown; views of posts that are not visible then are dropped.")
    @APIResponse(responseCode = "202", description = "Counted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.class)))
    public RestResponse<Views> countView(@PathParam("id") UUID id) {
        views.count(id);
        return RestResponse.accepted(new Views(id, true));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID authorId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", "author", "must be a user id (UUID)");
        }
    }
}
