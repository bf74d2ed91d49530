package dev.plume.platform.database;

import dev.plume.platform.config.Variables;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * In dev mode with no database configured, points the datasource at an embedded
 * PostgreSQL (see EmbeddedPostgresServer). Does nothing in any other profile, when
 * DATABASE_URL or a JDBC URL is set, or when the embedded server is not on the class path
 * (the packaged application).
 */
public class EmbeddedDevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final String SERVER_NAME_RESOURCE = "/META-INF/plume/embedded-database-server";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || Variables.value(context, "DATABASE_URL") != null
                || Variables.value(context, "QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return List.of();
        }
        Class<?> server = embeddedServer();
        if (server == null) {
            return List.of();
        }
        // migrations as the owner, the service as the application role (V9)
        return List.of(new MapBackedConfigSource("plume-embedded-dev-database", Map.of(
                "quarkus.datasource.jdbc.url", call(server, "serviceJdbcUrl"),
                "quarkus.datasource.username", "plume_app",
                "quarkus.datasource.password", "plume_app",
                "quarkus.flyway.jdbc-url", call(server, "jdbcUrl"),
                "quarkus.flyway.username", "postgres",
                "quarkus.flyway.password", "postgres"), Variables.ORDINAL) {
        });
    }

    /**
     * The embedded server's class, or null where it is absent. Its name is read from a resource,
     * not written in code, so that the native image's analysis (which folds constant class
     * names) never links the dev-only server and its provided-scope dependency.
     */
    private static Class<?> embeddedServer() {
        try (InputStream name = EmbeddedDevDatabaseConfigSourceFactory.class.getResourceAsStream(SERVER_NAME_RESOURCE)) {
            if (name == null) {
                return null;
            }
            Class<?> server = Class.forName(new String(name.readAllBytes(), StandardCharsets.UTF_8).strip());
            return (boolean) server.getMethod("available").invoke(null) ? server : null;
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL could not start", e);
        }
    }

    private static String call(Class<?> server, String method) {
        try {
            return (String) server.getMethod(method).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedded PostgreSQL could not start", e);
        }
    }
}
