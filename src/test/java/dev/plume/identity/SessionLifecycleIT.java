package dev.plume.identity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SessionLifecycleIT extends SessionLifecycleTest {
}
