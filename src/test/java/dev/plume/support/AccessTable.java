package dev.plume.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A "who may call what" table of the docs, between its markers: one row per endpoint, one cell per kind of caller. */
public final class AccessTable {

    private AccessTable() {
    }

    public record Row(String endpoint, Map<String, String> cells) {
        /** "GET /api/orgs/{slug}", without the row's qualifier. */
        public String operation() {
            String[] words = endpoint.split(" ");
            return words[0] + " " + words[1];
        }
    }

    /** The rows of the table marked {@code <!-- name:start -->} … {@code <!-- name:end -->}, whose columns must be {@code callers}. */
    public static List<Row> read(Path document, String name, List<String> callers) throws IOException {
        List<String> lines = Files.readAllLines(document);
        int start = lines.indexOf("<!-- " + name + ":start -->");
        int end = lines.indexOf("<!-- " + name + ":end -->");
        assertTrue(start >= 0 && end > start, document + " has the " + name + " between its markers");
        List<String> header = cells(lines.get(start + 1));
        assertEquals(callers, header.subList(1, header.size()));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 3, end)) {
            List<String> cells = cells(line);
            Map<String, String> byCaller = new LinkedHashMap<>();
            for (int i = 0; i < callers.size(); i++) {
                byCaller.put(callers.get(i), cells.get(i + 1));
            }
            rows.add(new Row(cells.getFirst().replace("`", ""), byCaller));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        return Stream.of(line.replaceAll("^\\||\\|$", "").split("\\|")).map(String::strip).toList();
    }
}
