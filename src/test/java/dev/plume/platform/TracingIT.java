package dev.plume.platform;

import com.sun.net.httpserver.HttpServer;
import dev.plume.support.PackagedInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tracing as an operator turns it on: the standard OTEL_* variables make the packaged instance
 * send its spans (the request's and each JDBC statement's) to an OTLP collector; without them it
 * sends nothing, even with an endpoint configured the Quarkus way.
 */
class TracingIT {

    private HttpServer collector;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    @BeforeEach
    void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                byte[] spans = body.readAllBytes();
                synchronized (received) {
                    received.writeBytes(spans);
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stopCollector() {
        collector.stop(0);
    }

    @Test
    void theStandardVariablesSendTheRequestAndItsStatementsToTheCollector() throws Exception {
        PackagedInstance instance = PackagedInstance.start(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", collectorUrl(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "OTEL_SERVICE_NAME", "plume-traced"));
        try {
            instance.api().get("/api/tags").then().statusCode(200);
            // the batch processor sends within its 5 s delay; strings travel as UTF-8 in the protobuf
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String spans = received();
                assertThat(spans, containsString("plume-traced"));
                assertThat(spans, containsString("GET /api/tags"));
                assertThat(spans, containsString("postgresql"));
                assertThat(spans, containsString("from tags t order by t.name")); // TagReads' statement, as sent
            });
        } finally {
            instance.stop();
        }
    }

    @Test
    void withoutThemNothingIsSent() throws Exception {
        PackagedInstance instance = PackagedInstance.start(Map.of(
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", collectorUrl(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"));
        try {
            instance.api().get("/api/tags").then().statusCode(200);
            Thread.sleep(7_000); // longer than the batch processor's delay
            assertEquals("", received());
        } finally {
            instance.stop();
        }
    }

    private String collectorUrl() {
        return "http://127.0.0.1:" + collector.getAddress().getPort();
    }

    private String received() {
        synchronized (received) {
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
