package dev.plume.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/** {@code plume.rate-limit."<policy>".permits} requests per {@code .period}, for each key of the policy. */
@ConfigMapping(prefix = "plume.rate-limit")
public interface RateLimitSettings {

    @WithParentName
    Map<String, Policy> policies();

    interface Policy {
        long permits();

        Duration period();
    }
}
