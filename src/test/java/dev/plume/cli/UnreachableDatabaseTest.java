package dev.plume.cli;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database that does not answer is a clear message and exit code 1, not a stack trace. */
@QuarkusMainTest
@TestProfile(UnreachableDatabaseTest.NowhereDatabase.class)
class UnreachableDatabaseTest {

    public static class NowhereDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the direct URL too: where DIRECT_URL is set, status reads migrations through it
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                    "quarkus.flyway.jdbc-url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                    "quarkus.flyway.username", "nobody", "quarkus.flyway.password", "nothing",
                    "quarkus.flyway.migrate-at-start", "false", "quarkus.datasource.jdbc.acquisition-timeout", "3S");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void statusSaysTheDatabaseIsUnreachable(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("status");
        assertEquals(1, result.exitCode(), result.getOutput());
        assertTrue(result.getErrorOutput().contains("Database unreachable"), result.getErrorOutput());
        assertTrue(!result.getErrorOutput().contains("\tat "), "no stack trace: " + result.getErrorOutput());
    }
}
