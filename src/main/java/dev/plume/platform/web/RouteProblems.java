package dev.plume.platform.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Answers given outside Quarkus REST, as problem+json in the shape of every other problem and
 * with the security headers: paths no resource serves (404), and failures of the HTTP layer's
 * own routes (a request without a Host header, a failure in a filter), which Quarkus would
 * answer in a shape of its own and without the headers.
 */
@Singleton
public class RouteProblems {

    private static final Logger LOG = Logger.getLogger(RouteProblems.class);

    private final SecurityHeaders headers;

    RouteProblems(SecurityHeaders headers) {
        this.headers = headers;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            if (!context.response().ended()) {
                end(context, 404, "No resource at " + context.request().path());
            }
        });
    }

    private void failed(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "Unexpected error %s on %s", reference, context.request().path());
            end(context, status, "An unexpected error occurred; reference " + reference);
        } else {
            end(context, status, HttpResponseStatus.valueOf(status).reasonPhrase());
        }
    }

    void end(RoutingContext context, int status, String detail) {
        String path = context.request().path() == null ? "/" : context.request().path();
        headers.addTo(context.response(), path);
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
                        .put("status", status)
                        .put("detail", detail)
                        .put("instance", path)
                        .encode());
    }
}
