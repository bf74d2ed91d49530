package dev.plume.cli;

import dev.plume.support.PackagedApplication;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged application without DATABASE_URL: one line that says what to set, exit code 2. */
class MissingDatabaseUrlIT {

    @Test
    void eachCommandSaysWhatToSet() throws IOException, InterruptedException {
        for (String command : new String[]{"serve", "migrate", "status", "seed"}) {
            ProcessBuilder builder = new ProcessBuilder(PackagedApplication.command(command)).directory(new java.io.File("target"));
            builder.environment().remove("DATABASE_URL");
            builder.environment().remove("DIRECT_URL");
            builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
            Process process = builder.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not exit");
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, process.exitValue(), command + ": " + errors);
            assertTrue(errors.startsWith("DATABASE_URL is not set"), errors);
            assertFalse(errors.contains("Exception"), errors);
        }
    }

    @Test
    void helpAndVersionNeedNoDatabase() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PackagedApplication.command("--version")).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        assertTrue(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("plume "));
    }
}
