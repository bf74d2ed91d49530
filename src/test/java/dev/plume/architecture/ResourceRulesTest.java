package dev.plume.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The one way of each thing, checked in the sources: resources are HTTP only (no SQL, no
 * transaction), entities never reach for a read or write service, and the platform knows no
 * feature.
 */
class ResourceRulesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "plume");
    private static final Pattern SQL = Pattern.compile(
            "(?i)\\b(select\\s+[\\w*]|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b|Sql\\.of|createNativeQuery|createQuery|getEntityManager");
    private static final Pattern TRANSACTIONAL = Pattern.compile("@Transactional|QuarkusTransaction");
    private static final Pattern SERVICE_IMPORT = Pattern.compile("import dev\\.plume\\.\\w+\\.\\w*(Reads|Writes);");
    private static final Pattern FEATURE_IMPORT = Pattern.compile("import (static )?dev\\.plume\\.(content|identity|commerce|workspace|seed|cli)\\.");

    @Test
    void resourcesHoldNoSqlAndNoTransaction() {
        Map<String, String> broken = new TreeMap<>();
        for (Path resource : sources(path -> path.getFileName().toString().endsWith("Resource.java"))) {
            String code = read(resource);
            if (SQL.matcher(code).find()) {
                broken.put(resource.toString(), "SQL");
            }
            if (TRANSACTIONAL.matcher(code).find()) {
                broken.merge(resource.toString(), "a transaction", (a, b) -> a + " and " + b);
            }
        }
        assertEquals(Map.of(), broken, "resources call *Reads and *Writes instead");
        assertFalse(sources(path -> path.getFileName().toString().endsWith("Resource.java")).isEmpty());
    }

    @Test
    void entitiesUseNoReadOrWriteService() {
        Map<String, String> broken = new TreeMap<>();
        for (Path source : sources(path -> true)) {
            String code = read(source);
            if (code.contains("@Entity") && SERVICE_IMPORT.matcher(code).find()) {
                broken.put(source.toString(), "imports a *Reads or *Writes");
            }
        }
        assertEquals(Map.of(), broken);
    }

    @Test
    void thePlatformKnowsNoFeature() {
        Map<String, String> broken = new TreeMap<>();
        for (Path source : sources(path -> path.startsWith(MAIN.resolve("platform")))) {
            if (FEATURE_IMPORT.matcher(read(source)).find()) {
                broken.put(source.toString(), "imports a feature");
            }
        }
        assertEquals(Map.of(), broken);
    }

    private static List<Path> sources(java.util.function.Predicate<Path> which) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(path -> path.toString().endsWith(".java")).filter(which).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
