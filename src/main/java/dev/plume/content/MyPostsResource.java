package dev.plume.content;

import dev.plume.content.PostDtos.MyPost;
import dev.plume.content.PostDtos.MyPostsPage;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me/posts")
@Tag(name = "Posts")
@Authenticated
@SecurityRequirement(name = "bearer")
public class MyPostsResource {

    private final PostReads reads;
    private final SecurityIdentity identity;

    MyPostsResource(PostReads reads, SecurityIdentity identity) {
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My posts, drafts and archived ones included, newest first")
    public MyPostsPage mine(@Parameter(description = "Only posts in this status",
                                    schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}))
                            @QueryParam("status") String status,
                            @BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        CursorPagination.Slice<MyPost> slice = CursorPagination.slice(
                reads.ofAuthor(Viewer.of(identity).id(), status(status), paging.cursor(), size + 1), size,
                post -> new Cursor(post.createdAt(), post.id()));
        return new MyPostsPage(slice.items(), slice.pagination());
    }

    private static PostStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PostStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", "status", "must be DRAFT, PUBLISHED or ARCHIVED");
        }
    }
}
