package dev.plume.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.regex.Pattern;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it
 * is read, with a 413 problem+json (Quarkus would answer an empty 413).
 */
@Singleton
public class OversizedBodies {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final long limit;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length == null || !DIGITS.matcher(length).matches() || Long.parseLong(length) <= limit) {
                context.next();
                return;
            }
            context.response().putHeader("Connection", "close");
            RouteProblems.end(context, 413, "Payload Too Large", "The request body is larger than " + limit + " bytes");
        });
    }
}
