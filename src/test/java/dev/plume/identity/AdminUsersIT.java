package dev.plume.identity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AdminUsersIT extends AdminUsersTest {
}
