package dev.plume.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Requests larger than Plume takes, refused before they are read further with a problem+json
 * and the security headers: a body announced over {@code quarkus.http.limits.max-body-size}
 * (413), a request line over {@code plume.http.max-request-line} (414), a header block over
 * {@code plume.http.max-header-block} (431). The HTTP layer's own limits are set far above
 * these (application.properties): past them Vert.x answers a bare status before any route runs.
 */
@Singleton
public class RequestLimits {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final long maxBody;
    private final long maxRequestLine;
    private final long maxHeaderBlock;
    private final RouteProblems problems;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                  @ConfigProperty(name = "plume.http.max-request-line") MemorySize maxRequestLine,
                  @ConfigProperty(name = "plume.http.max-header-block") MemorySize maxHeaderBlock, RouteProblems problems) {
        this.maxBody = maxBody.asLongValue();
        this.maxRequestLine = maxRequestLine.asLongValue();
        this.maxHeaderBlock = maxHeaderBlock.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > maxRequestLine) {
            refuse(context, 414, "The request line is longer than " + maxRequestLine + " bytes");
        } else if (headerBlock(context.request().headers()) > maxHeaderBlock) {
            refuse(context, 431, "The request's headers are larger than " + maxHeaderBlock + " bytes");
        } else if (bodyTooLarge(context.request().getHeader("Content-Length"))) {
            refuse(context, 413, "The request body is larger than " + maxBody + " bytes");
        } else {
            context.next();
        }
    }

    private boolean bodyTooLarge(String length) {
        return length != null && DIGITS.matcher(length).matches() && Long.parseLong(length) > maxBody;
    }

    private static long headerBlock(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void refuse(RoutingContext context, int status, String detail) {
        context.response().putHeader("Connection", "close");
        problems.end(context, status, detail);
    }
}
