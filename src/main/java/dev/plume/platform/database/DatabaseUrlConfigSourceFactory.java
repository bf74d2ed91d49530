package dev.plume.platform.database;

import dev.plume.platform.config.Variables;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code DATABASE_URL} (the pooled URL the application uses) and {@code DIRECT_URL}
 * (migrations; defaults to DATABASE_URL) into Quarkus datasource and Flyway settings.
 * Its ordinal sits above application.properties and below explicit QUARKUS_* variables.
 */
public class DatabaseUrlConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> properties = new HashMap<>();
        String databaseUrl = Variables.value(context, "DATABASE_URL");
        if (databaseUrl != null) {
            DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
            properties.put("quarkus.datasource.jdbc.url", url.jdbcUrl());
            url.username().ifPresent(u -> properties.put("quarkus.datasource.username", u));
            url.password().ifPresent(p -> properties.put("quarkus.datasource.password", p));
        }
        String directUrl = Variables.value(context, "DIRECT_URL");
        if (directUrl != null) {
            DatabaseUrl url = DatabaseUrl.parse(directUrl);
            properties.put("quarkus.flyway.jdbc-url", url.jdbcUrl());
            url.username().ifPresent(u -> properties.put("quarkus.flyway.username", u));
            url.password().ifPresent(p -> properties.put("quarkus.flyway.password", p));
        }
        return List.of(new MapBackedConfigSource("plume-database-url", properties, Variables.ORDINAL) {
        });
    }
}
