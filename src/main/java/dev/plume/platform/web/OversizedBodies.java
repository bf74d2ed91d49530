package dev.plume.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it
 * is read, with a 413 problem+json (Quarkus would answer an empty 413).
 */
@Singleton
public class OversizedBodies {

    private final long limit;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length == null || !length.matches("[0-9]{1,18}") || Long.parseLong(length) <= limit) {
                context.next();
                return;
            }
            context.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Connection", "close")
                    .end(new JsonObject()
                            .put("title", "Payload Too Large")
                            .put("status", 413)
                            .put("detail", "The request body is larger than " + limit + " bytes")
                            .put("instance", context.request().path())
                            .encode());
        });
    }
}
