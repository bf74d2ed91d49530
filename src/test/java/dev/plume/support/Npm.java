package dev.plume.support;

import io.restassured.RestAssured;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** npm in one of the TypeScript packages under clients/, pointed at the service under test (PLUME_URL). */
public final class Npm {

    private Npm() {
    }

    /** Runs the command in the package, appending its output to the log; answers its exit code. */
    public static int run(Path packageDirectory, Path log, Map<String, String> settings, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(packageDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PLUME_URL", RestAssured.baseURI + ":" + RestAssured.port);
        builder.environment().putAll(settings);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return process.exitValue();
    }
}
