package dev.plume.platform.ratelimit;

import dev.plume.platform.redis.RedisConnection;
import io.quarkus.arc.InjectableInstance;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Token buckets in Redis, shared by every instance when {@code REDIS_URL} is set, so that a
 * limit holds for the whole deployment rather than per instance. Each take is one atomic
 * script (Redis' own clock): a bucket of {@code permits} refilled whole once per period, as
 * the local buckets are.
 */
@ApplicationScoped
class SharedBuckets {

    /** KEYS[1]: the bucket; ARGV: permits, period in ms. Answers 0 when a permit was taken, else the ms to wait. */
    private static final String TAKE = """
            local permits, period = tonumber(ARGV[1]), tonumber(ARGV[2])
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'left', 'since')
            local left, since = tonumber(state[1]), tonumber(state[2])
            if left == nil or now - since >= period then
              left, since = permits, now
            end
            if left < 1 then
              return math.max(1, since + period - now)
            end
            redis.call('HSET', KEYS[1], 'left', left - 1, 'since', since)
            redis.call('PEXPIRE', KEYS[1], since + period - now + 1000)
            return 0
            """;

    private final Optional<RedisConnection> redis;
    private final String prefix;

    SharedBuckets(InjectableInstance<Redis> client, @ConfigProperty(name = "plume.redis.key-prefix") String prefix, Vertx vertx) {
        this.redis = client.listActive().stream().findFirst().map(c -> new RedisConnection(vertx, c, List::of));
        this.prefix = prefix + "rate:";
    }

    /**
     * Takes a permit: 0 when taken, else the milliseconds until the next one. Empty when there is
     * no shared bucket to ask now (no Redis, or Redis failing): the caller uses its own.
     */
    OptionalLong take(String policy, RateLimitSettings.Policy limits, Object key) {
        if (redis.isEmpty() || redis.get().paused()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(RedisConnection.await(redis.get().send(Request.cmd(Command.EVAL).arg(TAKE).arg(1)
                    .arg(prefix + policy + ":" + key).arg(limits.permits()).arg(limits.period().toMillis()))).toLong());
        } catch (IllegalStateException redisDidNotAnswer) {
            return OptionalLong.empty();
        }
    }
}
