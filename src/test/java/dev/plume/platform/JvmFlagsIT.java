package dev.plume.platform;

import dev.plume.support.PackagedApplication;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM flags are written in three places: the README's run command, the JVM container image
 * and the benchmark that measured them. They must be the same flags, and this JDK must take them.
 */
class JvmFlagsIT {

    private static final String README_RUN_COMMAND = "`java ((?:-X\\S+ )+)-jar target/quarkus-app/quarkus-run.jar`";

    @Test
    void theReadmeTheImageAndTheBenchmarkRunTheJarWithTheSameFlags() throws IOException {
        List<String> readme = readmeFlags();
        List<String> image = flags(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")), "JAVA_OPTS_APPEND=\"[^\"]*?((?: -X\\S+)+)\"");
        Matcher bench = Pattern.compile("JVM_FLAGS = \\[(.*)]").matcher(Files.readString(Path.of("bench/run.py")));
        assertTrue(bench.find(), "bench/run.py has no JVM_FLAGS");
        List<String> benchmark = Arrays.stream(bench.group(1).split(",")).map(flag -> flag.strip().replace("\"", "")).toList();
        assertEquals(readme, image, "Dockerfile.jvm");
        assertEquals(readme, benchmark, "bench/run.py");
    }

    @Test
    void theJdkTakesThem() throws IOException, InterruptedException {
        if (PackagedApplication.isNative()) {
            return; // a native executable has no JVM to take them
        }
        List<String> command = new ArrayList<>(PackagedApplication.command("--version"));
        command.addAll(1, readmeFlags());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not exit");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("1.0.0-SNAPSHOT"), output);
    }

    private static List<String> readmeFlags() throws IOException {
        return flags(Files.readString(Path.of("README.md")), README_RUN_COMMAND);
    }

    private static List<String> flags(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertTrue(matcher.find(), "no JVM flags matching " + pattern);
        return Arrays.stream(matcher.group(1).strip().split(" ")).toList();
    }
}
