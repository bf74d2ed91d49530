package dev.plume.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Two packaged instances sharing one Redis (REDIS_URL, keys of their own) and the tests'
 * database: for tests of what instances share. Skips its test class when redis-server is not
 * installed (RedisServer.startOrSkip).
 */
public final class TwoInstances implements AutoCloseable {

    private final RedisServer redis;
    private PackagedInstance first;
    private PackagedInstance second;

    private TwoInstances(RedisServer redis) {
        this.redis = redis;
    }

    /** Starts Redis and both instances, with these settings (environment variables) added. */
    public static TwoInstances start(Map<String, String> settings) throws Exception {
        TwoInstances instances = new TwoInstances(RedisServer.startOrSkip());
        Map<String, String> all = new HashMap<>(settings);
        all.put("REDIS_URL", instances.redis.url());
        all.put("REDIS_KEY_PREFIX", "plume-test-" + UUID.randomUUID() + ":");
        try {
            instances.first = PackagedInstance.start(all);
            instances.second = PackagedInstance.start(all);
        } catch (Exception | AssertionError e) {
            instances.close();
            throw e;
        }
        return instances;
    }

    public PackagedInstance first() {
        return first;
    }

    public PackagedInstance second() {
        return second;
    }

    public RedisServer redis() {
        return redis;
    }

    @Override
    public void close() throws InterruptedException {
        for (PackagedInstance instance : new PackagedInstance[]{first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
        redis.close();
    }
}
