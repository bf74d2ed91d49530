package dev.plume.platform;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(DatabaseOutageTest.ShortIdleCheck.class)
class DatabaseOutageIT extends DatabaseOutageTest {
}
