package dev.plume.identity.authjs;

import dev.plume.support.Fixtures;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the TypeScript adapter's own test (clients/authjs-adapter, every Adapter method)
 * against the packaged application. Needs Node.js 20+ and npm on the PATH.
 */
@QuarkusIntegrationTest
class AuthjsAdapterClientIT {

    private static final Path PACKAGE = Path.of("clients", "authjs-adapter");

    @Test
    void theTypeScriptAdapterPassesItsTestAgainstThisBuild() throws Exception {
        Path log = Files.createTempFile("authjs-adapter", ".log");
        run(log, "npm", "ci", "--no-audit", "--no-fund");
        int exit = run(log, "npm", "test");
        String output = Files.readString(log);
        assertEquals(0, exit, "npm test failed:\n" + output);
        assertTrue(output.contains("# fail 0"), output);
    }

    private static int run(Path log, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(PACKAGE.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PLUME_URL", RestAssured.baseURI + ":" + RestAssured.port);
        builder.environment().put("PLUME_ADAPTER_SECRET", Fixtures.AUTHJS_SECRET);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return process.exitValue();
    }
}
