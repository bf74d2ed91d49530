package dev.plume.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Per-user write limits out of the way: for load tests that send many writes per user. */
public class WithoutWriteLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("plume.rate-limit.writes.permits", "1000000");
    }
}
