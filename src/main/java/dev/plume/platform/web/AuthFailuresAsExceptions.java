package dev.plume.platform.web;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Authentication failures reach Quarkus REST as exceptions, for the problem+json mappers,
 * without the cost Quarkus REST adds to every request to arrange it. With metrics on, its
 * filter for this works out each request's URL template in advance, in case authentication
 * fails later, by building a matcher over all resources (18 % of the CPU time of a cached
 * read, measured with JFR), then installs a failure handler that Quarkus REST itself removes
 * once it takes the request over. Removing the handler here, just before that filter, leaves
 * Quarkus REST in the same state without the work. The metrics still get their template,
 * worked out by Quarkus REST's failure handler when a failure does happen.
 */
@Singleton
public class AuthFailuresAsExceptions {

    /** After authentication (-200), before Quarkus REST's filter (-199, which is added later). */
    private static final int ORDER = -199;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
            context.next();
        });
    }
}
