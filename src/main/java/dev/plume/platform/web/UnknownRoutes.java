package dev.plume.platform.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Paths no resource serves answer 404 problem+json, like every other error. */
@Singleton
public class UnknownRoutes {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            if (!context.response().ended()) {
                RouteProblems.end(context, 404, "Not Found", "No resource at " + context.request().path());
            }
        });
    }
}
