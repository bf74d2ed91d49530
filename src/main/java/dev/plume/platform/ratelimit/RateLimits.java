package dev.plume.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plume.platform.error.Problems;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Token buckets (Bucket4j) per policy and key: an IP address, an email address, a user id.
 * A request over its policy's limit is a 429 problem with {@code Retry-After}. With
 * {@code REDIS_URL} the buckets are shared by every instance (SharedBuckets); without it, or
 * while Redis does not answer, each instance keeps its own in memory, forgotten a period after
 * their last use.
 */
@ApplicationScoped
// Caffeine picks its generated cache and node classes by reflection; these are the ones a
// size-bounded, expire-after-access cache of strong keys and values uses
@RegisterForReflection(classNames = {"com.github.benmanes.caffeine.cache.SSMSA", "com.github.benmanes.caffeine.cache.PSAMS"})
public class RateLimits {

    private final Map<String, Limiter> limiters;
    private final SharedBuckets shared;

    RateLimits(RateLimitSettings settings, SharedBuckets shared) {
        this.shared = shared;
        this.limiters = settings.policies().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new Limiter(e.getValue())));
    }

    /** Takes one permit of {@code policy} for {@code key}, or throws the 429 problem. */
    public void consume(String policy, Object key) {
        Limiter limiter = limiters.get(policy);
        if (limiter == null) {
            throw new IllegalArgumentException("No rate-limit policy " + policy + " is configured");
        }
        long waitMillis = shared.take(policy, limiter.policy, key).orElseGet(() -> limiter.take(key));
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            throw Problems.tooManyRequests("Too many requests; try again in " + seconds + " s", seconds);
        }
    }

    private static final class Limiter {
        private final RateLimitSettings.Policy policy;
        private final Cache<Object, Bucket> buckets;

        Limiter(RateLimitSettings.Policy policy) {
            this.policy = policy;
            this.buckets = Caffeine.newBuilder().expireAfterAccess(policy.period().plus(Duration.ofSeconds(1))).maximumSize(100_000).build();
        }

        /** 0 when a permit was taken, else the milliseconds until the next one. */
        long take(Object key) {
            ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(policy.permits()).refillIntervally(policy.permits(), policy.period()))
                    .build()).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? 0 : TimeUnit.NANOSECONDS.toMillis(probe.getNanosToWaitForRefill() + 999_999);
        }
    }
}
