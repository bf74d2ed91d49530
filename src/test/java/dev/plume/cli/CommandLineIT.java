package dev.plume.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** The same commands from the packaged application. */
@QuarkusMainIntegrationTest
class CommandLineIT extends CommandLineTest {
}
