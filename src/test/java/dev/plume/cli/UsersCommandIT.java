package dev.plume.cli;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** The same user commands from the packaged application. */
@QuarkusMainIntegrationTest
@TestProfile(TheTestsDatabase.class)
class UsersCommandIT extends UsersCommandTest {
}
