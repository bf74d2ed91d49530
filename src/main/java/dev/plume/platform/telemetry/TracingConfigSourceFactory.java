package dev.plume.platform.telemetry;

import dev.plume.platform.config.Variables;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracing is off until the standard OpenTelemetry variables turn it on: an OTLP endpoint
 * ({@code OTEL_EXPORTER_OTLP_ENDPOINT} or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) starts the
 * SDK and the JDBC spans, unless {@code OTEL_SDK_DISABLED=true} or {@code OTEL_TRACES_EXPORTER=none}.
 * Quarkus reads only its own {@code quarkus.otel.*} names, so the standard variables a platform
 * sets are passed on to them. Its ordinal sits above application.properties and below explicit
 * QUARKUS_* variables.
 */
public class TracingConfigSourceFactory implements ConfigSourceFactory {

    private static final Map<String, String> STANDARD_TO_QUARKUS = Map.of(
            "OTEL_EXPORTER_OTLP_ENDPOINT", "quarkus.otel.exporter.otlp.endpoint",
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "quarkus.otel.exporter.otlp.traces.endpoint",
            "OTEL_EXPORTER_OTLP_PROTOCOL", "quarkus.otel.exporter.otlp.protocol",
            "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "quarkus.otel.exporter.otlp.traces.protocol",
            "OTEL_EXPORTER_OTLP_HEADERS", "quarkus.otel.exporter.otlp.headers",
            "OTEL_SERVICE_NAME", "quarkus.otel.service.name",
            "OTEL_RESOURCE_ATTRIBUTES", "quarkus.otel.resource.attributes",
            "OTEL_TRACES_SAMPLER", "quarkus.otel.traces.sampler",
            "OTEL_TRACES_SAMPLER_ARG", "quarkus.otel.traces.sampler.arg");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> properties = new HashMap<>();
        STANDARD_TO_QUARKUS.forEach((variable, property) -> {
            String value = Variables.value(context, variable);
            if (value != null) {
                properties.put(property, value);
            }
        });
        boolean on = (Variables.value(context, "OTEL_EXPORTER_OTLP_ENDPOINT") != null || Variables.value(context, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") != null)
                && !"true".equalsIgnoreCase(Variables.value(context, "OTEL_SDK_DISABLED"))
                && !"none".equalsIgnoreCase(Variables.value(context, "OTEL_TRACES_EXPORTER"));
        properties.put("quarkus.otel.sdk.disabled", String.valueOf(!on));
        properties.put("quarkus.datasource.jdbc.telemetry.enabled", String.valueOf(on));
        return List.of(new MapBackedConfigSource("plume-tracing", properties, Variables.ORDINAL) {
        });
    }
}
