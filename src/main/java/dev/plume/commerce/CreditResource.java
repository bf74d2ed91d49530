package dev.plume.commerce;

import dev.plume.commerce.CreditDtos.Credits;
import dev.plume.identity.Viewer;
import dev.plume.platform.page.CursorPagination;
import dev.plume.platform.page.KeysetPageParams;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/me/credits")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Credits")
public class CreditResource {

    private final CreditReads reads;
    private final SecurityIdentity identity;

    CreditResource(CreditReads reads, SecurityIdentity identity) {
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My balance, and the movements behind it, newest first")
    public Credits mine(@BeanParam KeysetPageParams paging) {
        UUID me = Viewer.of(identity).id();
        int size = paging.limit();
        CursorPagination.Slice<CreditReads.Keyed> slice = CursorPagination.slice(reads.movements(me, paging.cursor(), size + 1), size,
                CreditReads.Keyed::position);
        return new Credits(reads.balance(me), slice.items().stream().map(CreditReads.Keyed::movement).toList(), slice.pagination());
    }

}
