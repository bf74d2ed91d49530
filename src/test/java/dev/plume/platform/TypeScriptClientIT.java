package dev.plume.platform;

import dev.plume.support.Npm;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed TypeScript client (clients/typescript) against the packaged application: its
 * committed types are what openapi-typescript makes of the document this build serves, and its
 * own test walks the feed, a post, a comment and a like through it. Needs Node.js 20+ and npm
 * on the PATH.
 */
@QuarkusIntegrationTest
class TypeScriptClientIT {

    private static final Path PACKAGE = Path.of("clients", "typescript");
    private static final Path COMMITTED = PACKAGE.resolve("src/schema.ts");

    @Test
    void theCommittedTypesAreThoseOfTheServedDocumentAndTheClientWalksTheApi() throws Exception {
        Path log = Files.createTempFile("typescript-client", ".log");
        assertEquals(0, run(log, Map.of(), "npm", "ci", "--no-audit", "--no-fund"), Files.readString(log));

        Path generated = Path.of("target", "typescript-client", "schema.ts").toAbsolutePath();
        Files.createDirectories(generated.getParent());
        assertEquals(0, run(log, Map.of("PLUME_SCHEMA_OUT", generated.toString()), "npm", "run", "generate"), Files.readString(log));
        List<String> committed = Files.readAllLines(COMMITTED);
        List<String> served = Files.readAllLines(generated);
        int line = 0;
        while (line < Math.min(committed.size(), served.size()) && committed.get(line).equals(served.get(line))) {
            line++;
        }
        assertTrue(line == committed.size() && line == served.size(), COMMITTED + " is not what the document this build serves"
                + " generates (line " + (line + 1) + ": committed «" + (line < committed.size() ? committed.get(line) : "")
                + "», served «" + (line < served.size() ? served.get(line) : "") + "»); regenerate it against a running build"
                + " (cd clients/typescript && PLUME_URL=http://localhost:8080 npm run generate) and commit it");

        int exit = run(log, Map.of(), "npm", "test");
        String output = Files.readString(log);
        assertEquals(0, exit, "npm test failed:\n" + output);
        assertTrue(output.contains("# fail 0"), output);
    }

    private static int run(Path log, Map<String, String> settings, String... command) throws IOException, InterruptedException {
        return Npm.run(PACKAGE, log, settings, command);
    }
}
