package dev.plume.identity.authjs;

import dev.plume.support.Fixtures;
import dev.plume.support.Npm;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
        return Npm.run(PACKAGE, log, Map.of("PLUME_ADAPTER_SECRET", Fixtures.AUTHJS_SECRET), command);
    }
}
