package dev.plume.seed;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The deterministic data set of ../shared/bench (copied into the build as a resource),
 * loaded through the direct database URL: it replaces all users and content.
 */
@ApplicationScoped
public class BenchmarkDataSet {

    static final String RESOURCE = "bench/dataset.sql";

    private final Flyway flyway;

    BenchmarkDataSet(Flyway flyway) {
        this.flyway = flyway;
    }

    /** The script, when this build carries it. */
    public static Optional<String> script() throws IOException {
        try (InputStream in = BenchmarkDataSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Loads the data set at {@code scale} (1 is 2,000 users and 50,000 posts). */
    public void load(String script, double scale, PrintStream out) throws SQLException {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            new PsqlScript(Map.of("S", Double.toString(scale)), out).run(script, connection);
        }
    }
}
