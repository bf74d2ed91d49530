package dev.plume.platform.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs before the transaction interceptor, so that a refused call never takes a connection. */
@PerUserRateLimit("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class PerUserRateLimitInterceptor {

    private final SecurityIdentity identity;
    private final RateLimits limits;

    PerUserRateLimitInterceptor(SecurityIdentity identity, RateLimits limits) {
        this.identity = identity;
        this.limits = limits;
    }

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        if (!identity.isAnonymous()) {
            limits.consume(invocation.getInterceptorBinding(PerUserRateLimit.class).value(), identity.getPrincipal().getName());
        }
        return invocation.proceed();
    }
}
