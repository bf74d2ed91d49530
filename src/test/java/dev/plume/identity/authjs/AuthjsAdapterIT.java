package dev.plume.identity.authjs;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AuthjsAdapterIT extends AuthjsAdapterTest {
}
