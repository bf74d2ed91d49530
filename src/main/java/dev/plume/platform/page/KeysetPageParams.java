package dev.plume.platform.page;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code limit} and {@code cursor}: the paging of a keyset list. */
public class KeysetPageParams extends PageParams {

    @QueryParam("cursor")
    @Parameter(description = "Opaque position from the previous page's `nextCursor`; empty or absent for the first page",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]*$"))
    String cursor;

    /** The position to continue after; null for the first page. */
    public Cursor cursor() {
        return Cursor.decode(cursor);
    }
}
