package dev.plume.platform.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * From SIGTERM on, a request that arrives is answered 503 with {@code Retry-After} and
 * {@code Connection: close}, so that its client or load balancer goes to another instance,
 * while the requests already in flight finish ({@code quarkus.shutdown.timeout} bounds the wait).
 */
@Singleton
public class Draining {

    private final RouteProblems problems;
    private volatile boolean draining;

    Draining(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> draining = true, "plume-draining"));
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (!draining) {
                context.next();
                return;
            }
            context.response().putHeader("Retry-After", "1").putHeader("Connection", "close");
            problems.end(context, 503, "This instance is shutting down; try again");
        });
    }
}
