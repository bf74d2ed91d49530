package dev.plume.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AbuseProtectionIT extends AbuseProtectionTest {
}
