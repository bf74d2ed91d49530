package dev.plume.cli;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** The same commands from the packaged application. */
@QuarkusMainIntegrationTest
@TestProfile(TheTestsDatabase.class)
class CommandLineIT extends CommandLineTest {
}
