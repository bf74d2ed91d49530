package dev.plume.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The artifact the integration tests run, as @QuarkusIntegrationTest finds it: what the last
 * build wrote in target/quarkus-artifact.properties (the jar, or the native executable with -Dnative).
 */
public final class PackagedApplication {

    private PackagedApplication() {
    }

    public static boolean isNative() {
        return "native".equals(artifact().getProperty("type"));
    }

    public static Path path() {
        return Path.of("target").resolve(artifact().getProperty("path")).toAbsolutePath();
    }

    /** The command line that runs it with these arguments. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (!isNative()) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-jar");
        }
        command.add(path().toString());
        command.addAll(List.of(args));
        return command;
    }

    private static Properties artifact() {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
            artifact.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("package the application first", e);
        }
        return artifact;
    }
}
