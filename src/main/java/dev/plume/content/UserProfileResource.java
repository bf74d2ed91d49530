package dev.plume.content;

import dev.plume.platform.ratelimit.PerUserRateLimit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.identity.Role;
import dev.plume.identity.User;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.plume.platform.database.Rows.count;
import static dev.plume.platform.database.Rows.instant;
import static dev.plume.platform.database.Rows.text;
import static dev.plume.platform.database.Rows.uuid;

/** A user as the public sees them: name, role, published-post count, latest posts. */
@Path("/api/users/{id}")
@Tag(name = "Users")
public class UserProfileResource {

    private static final String PROFILE = """
            select u.id, u.name, u.image, u.role::text as role, u.created_at,
                   (select count(*) from posts p where p.author_id = u.id and p.status = 'PUBLISHED' and p.deleted_at is null) as post_count,
                   (select coalesce(json_agg(x order by x."publishedAt" desc, x.id desc), '[]') from (
                       select p.id, p.title, p.slug, p.excerpt,
                              to_char(p.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "publishedAt"
                       from posts p where p.author_id = u.id and p.status = 'PUBLISHED' and p.deleted_at is null
                       order by p.published_at desc, p.id desc limit 10) x)::text as latest_posts
            from users u where u.id = :id and u.deleted_at is null""";

    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final ContentInvalidation invalidation;

    UserProfileResource(SecurityIdentity identity, ObjectMapper json, ContentInvalidation invalidation) {
        this.identity = identity;
        this.json = json;
        this.invalidation = invalidation;
    }

    public record LatestPost(UUID id, String title, String slug, String excerpt, Instant publishedAt) {
    }

    public record PublicProfile(UUID id, String name, String image, Role role, Instant createdAt, long postCount,
                                List<LatestPost> latestPosts) {
    }

    public record ProfileEnvelope(PublicProfile user) {
    }

    public record UpdateUserRequest(@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                                    @Size(max = 2048) String image) {
    }

    @GET
    @Operation(summary = "A user's public profile: post count and ten latest published posts")
    public ProfileEnvelope profile(@PathParam("id") UUID id) throws JsonProcessingException {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery(PROFILE, Tuple.class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw Problems.notFound("User not found");
        }
        Tuple row = rows.getFirst();
        List<LatestPost> latest = json.readValue(text(row, "latest_posts"),
                json.getTypeFactory().constructCollectionType(List.class, LatestPost.class));
        return new ProfileEnvelope(new PublicProfile(uuid(row, "id"), text(row, "name"), text(row, "image"),
                Role.valueOf(text(row, "role")), instant(row, "created_at"), count(row, "post_count"), latest));
    }

    @PATCH
    @PerUserRateLimit("writes")
    @Authenticated
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a user's name or image (the user, or an ADMIN)")
    public ProfileEnvelope update(@PathParam("id") UUID id, @Valid @NotNull UpdateUserRequest request)
            throws JsonProcessingException {
        if (!Viewer.of(identity).mayChange(id, Role.ADMIN)) {
            throw Problems.forbidden("Only the user or an admin may change this profile");
        }
        User user = User.findActive(id).orElseThrow(() -> Problems.notFound("User not found"));
        user.changeProfile(request.name(), request.image());
        user.flush();
        invalidation.user();
        return profile(id);
    }
}
