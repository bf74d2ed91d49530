package dev.plume.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** The same user commands from the packaged application. */
@QuarkusMainIntegrationTest
class UsersCommandIT extends UsersCommandTest {
}
