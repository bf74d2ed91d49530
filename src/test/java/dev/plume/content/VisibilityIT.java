package dev.plume.content;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class VisibilityIT extends VisibilityTest {
}
