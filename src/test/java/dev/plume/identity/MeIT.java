package dev.plume.identity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class MeIT extends MeTest {
}
