package dev.plume.cli;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** The same check from the packaged application. */
@QuarkusMainIntegrationTest
@TestProfile(UnreachableDatabaseTest.NowhereDatabase.class)
class UnreachableDatabaseIT extends UnreachableDatabaseTest {
}
