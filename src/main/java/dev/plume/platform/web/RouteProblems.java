package dev.plume.platform.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Ends an answer given before any resource runs as problem+json, in the shape of every other problem. */
final class RouteProblems {

    private RouteProblems() {
    }

    static void end(RoutingContext context, int status, String title, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("title", title)
                        .put("status", status)
                        .put("detail", detail)
                        .put("instance", context.request().path())
                        .encode());
    }
}
