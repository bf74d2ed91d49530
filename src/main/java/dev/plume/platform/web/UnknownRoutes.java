package dev.plume.platform.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Paths no resource serves answer 404 problem+json, like every other error. */
@Singleton
public class UnknownRoutes {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            if (context.response().ended()) {
                return;
            }
            context.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject()
                            .put("type", "about:blank")
                            .put("title", "Not Found")
                            .put("status", 404)
                            .put("detail", "No resource at " + context.request().path())
                            .put("instance", context.request().path())
                            .encode());
        });
    }
}
