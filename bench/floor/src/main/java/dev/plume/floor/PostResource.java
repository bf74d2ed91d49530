package dev.plume.floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;

@Path("/api/posts")
public class PostResource {

    public record PostView(String id, String title, String slug, String content) {
    }

    @GET
    @Path("{slug}")
    public PostView bySlug(String slug) {
        Post post = Post.bySlug(slug);
        if (post == null) {
            throw new NotFoundException();
        }
        return new PostView(post.id.toString(), post.title, post.slug, post.content);
    }
}
