package dev.plume.commerce;

import dev.plume.commerce.ReviewDtos.ReviewPage;
import dev.plume.commerce.ReviewDtos.ReviewRequest;
import dev.plume.commerce.ReviewDtos.ReviewView;
import dev.plume.identity.Viewer;
import dev.plume.platform.error.Problems;
import dev.plume.platform.page.Cursor;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import dev.plume.platform.ratelimit.PerUserRateLimit;
import dev.plume.platform.web.ErrorAnswer;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/products/{id}/reviews")
@Tag(name = "Products")
public class ReviewResource {

    private final ReviewReads reads;
    private final ReviewWrites writes;
    private final SecurityIdentity identity;

    ReviewResource(ReviewReads reads, ReviewWrites writes, SecurityIdentity identity) {
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "A product's reviews, newest first")
    public ReviewPage reviews(@PathParam("id") UUID productId, @BeanParam KeysetPageParams paging) {
        int size = paging.limit();
        CursorPagination.Slice<ReviewView> slice = CursorPagination.slice(reads.ofProduct(productId, paging.cursor(), size + 1), size,
                review -> new Cursor(review.createdAt(), review.id()));
        return new ReviewPage(slice.items(), slice.pagination());
    }

    @POST
    @PerUserRateLimit("writes")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Review a product I bought: once, after an order of mine with it was delivered")
    @APIResponse(responseCode = "201", description = "Reviewed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @ErrorAnswer(status = 403, description = "No order of the caller's with this product was delivered")
    @ErrorAnswer(status = 409, description = "The caller reviewed this product already")
    public RestResponse<ReviewView> review(@PathParam("id") UUID productId, @Valid @NotNull ReviewRequest request) {
        UUID id = writes.review(Viewer.of(identity).id(), productId, request.rating(), request.title(), request.comment());
        return RestResponse.status(RestResponse.Status.CREATED,
                reads.byId(id).orElseThrow(() -> Problems.notFound("Review not found")));
    }
}
