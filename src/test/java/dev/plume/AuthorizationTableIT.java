package dev.plume;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AuthorizationTableIT extends AuthorizationTableTest {
}
