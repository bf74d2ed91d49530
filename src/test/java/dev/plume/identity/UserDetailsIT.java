package dev.plume.identity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class UserDetailsIT extends UserDetailsTest {
}
