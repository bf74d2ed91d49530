package dev.plume.content;

import dev.plume.content.StatsDtos.Stats;
import dev.plume.platform.cache.ReadCache;
import dev.plume.platform.web.Rendered;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stats")
@Tag(name = "Stats")
public class StatsResource {

    private final StatsReads reads;
    private final ReadCache cache;
    private final ContentCaches caches;

    StatsResource(StatsReads reads, ReadCache cache, ContentCaches caches) {
        this.reads = reads;
        this.cache = cache;
        this.caches = caches;
    }

    @GET
    @Operation(summary = "Totals, the ten authors with most visible posts, and visible posts per category")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stats.class)))
    public Uni<Rendered> stats() {
        return cache.rendered(caches.stats, "all", reads::stats);
    }
}
