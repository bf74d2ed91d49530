package dev.plume.content;

import dev.plume.content.AuthorDtos.AuthorEnvelope;
import dev.plume.platform.error.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The author page: a user as the public sees them, with their latest visible posts. */
@Path("/api/users/{id}")
@Tag(name = "Users")
public class AuthorResource {

    private final AuthorReads reads;

    AuthorResource(AuthorReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(summary = "A user's public page: visible-post count and ten latest visible posts")
    public AuthorEnvelope page(@PathParam("id") UUID id) {
        return new AuthorEnvelope(reads.page(id).orElseThrow(() -> Problems.notFound("User not found")));
    }
}
