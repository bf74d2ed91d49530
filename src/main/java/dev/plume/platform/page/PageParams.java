package dev.plume.platform.page;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page size of a list endpoint (alone, for a list that answers only its best page, such as
 * a search); {@link KeysetPageParams} and {@link NumberedPageParams} add the position.
 * Resources take one of them as {@code @BeanParam}.
 */
public class PageParams {

    @QueryParam("limit")
    @Parameter(description = "Items per page: decimal digits, at least 1; 20 when absent, values above 100 are served as 100",
            schema = @Schema(type = SchemaType.STRING, pattern = "^0*[1-9][0-9]*$", examples = "20"))
    String limit;

    /** The raw query: an empty {@code limit=} must be a 400, and JAX-RS hands it to a parameter as if it were absent. */
    @Context
    UriInfo uri;

    public int limit() {
        return Limit.of(uri);
    }
}
