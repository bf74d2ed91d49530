package dev.plume.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Reads go to the database every time: for tests that count the statements a request sends. */
public class WithoutCache implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("plume.cache.enabled", "false");
    }
}
