package dev.plume.platform.page;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code limit} and {@code page}: the paging of a numbered list. */
public class NumberedPageParams extends PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number from 1; 1 when absent",
            schema = @Schema(type = SchemaType.STRING, pattern = "^0*[1-9][0-9]{0,5}$", examples = "1"))
    String page;

    public int page() {
        return page == null ? 1 : OffsetPagination.parsePage(page);
    }

    public long offset() {
        return OffsetPagination.offset(page(), limit());
    }
}
