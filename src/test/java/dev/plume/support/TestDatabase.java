package dev.plume.support;

import dev.plume.platform.database.DatabaseUrl;
import dev.plume.platform.database.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResource;

import java.util.Map;
import java.util.Optional;

/**
 * The database of the test run, registered for every test. By default an embedded
 * PostgreSQL 15; when {@code DATABASE_URL} is set (with {@code DIRECT_URL} for migrations and
 * fixtures), the application under test uses those instead, as in production: that is how
 * .ci/run puts PgBouncer in transaction mode in front of the whole suite.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The pooled URL the application is given from the environment, if any. */
    public static Optional<String> external() {
        return Optional.ofNullable(System.getenv("DATABASE_URL")).filter(url -> !url.isBlank());
    }

    /**
     * The datasource and Flyway settings the application under test gets, named outright: for
     * the command-line test profiles, which would otherwise inherit the database of the test
     * class that ran before them.
     */
    public static Map<String, String> applicationSettings() {
        Direct direct = direct();
        Direct service = service();
        return Map.of("quarkus.datasource.jdbc.url", service.jdbcUrl(),
                "quarkus.datasource.username", service.user(),
                "quarkus.datasource.password", service.password(),
                "quarkus.flyway.jdbc-url", direct.jdbcUrl(),
                "quarkus.flyway.username", direct.user(),
                "quarkus.flyway.password", direct.password());
    }

    /**
     * The service's connection: the pooled URL from the environment, or the embedded server as
     * the application role, which neither owns the tables nor bypasses Row-Level Security.
     */
    public static Direct service() {
        return external().map(DatabaseUrl::parse)
                .map(url -> new Direct(url.jdbcUrl(), url.username().orElse("postgres"), url.password().orElse("")))
                .orElseGet(() -> new Direct(EmbeddedPostgresServer.serviceJdbcUrl(), EmbeddedPostgresServer.SERVICE_ROLE,
                        EmbeddedPostgresServer.SERVICE_ROLE));
    }

    /** A direct (unpooled) connection's JDBC URL, user and password as the owner, for fixtures and checks. */
    public static Direct direct() {
        return external().map(pooled -> {
            DatabaseUrl url = DatabaseUrl.parse(Optional.ofNullable(System.getenv("DIRECT_URL")).orElse(pooled));
            return new Direct(url.jdbcUrl(), url.username().orElse("postgres"), url.password().orElse(""));
        }).orElseGet(() -> new Direct(EmbeddedPostgresServer.jdbcUrl(), "postgres", "postgres"));
    }

    public record Direct(String jdbcUrl, String user, String password) {
    }
}
