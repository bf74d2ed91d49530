package dev.plume.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Instant;

/**
 * Session lifetime with Auth.js semantics: a session lives {@code max-age} from its last
 * renewal, and is renewed when used more than {@code update-age} after that renewal
 * ({@code update-age} 0 renews on every use).
 */
@ConfigMapping(prefix = "plume.session")
public interface SessionSettings {

    @WithDefault("30D")
    Duration maxAge();

    @WithDefault("1D")
    Duration updateAge();

    /** Whether a session ending at {@code expires} is due for renewal at {@code now}. */
    default boolean dueForRenewal(Instant expires, Instant now) {
        return !expires.minus(maxAge()).plus(updateAge()).isAfter(now);
    }
}
