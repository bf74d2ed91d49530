package dev.plume.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plume.support.PackagedInstance;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application as operators run it: JSON log lines, an access log behind one
 * switch, and a SIGTERM that lets the requests in flight finish while new ones are refused.
 */
class OperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sigtermDrainsTheRequestInFlightAndRefusesNewOnes() throws Exception {
        PackagedInstance instance = PackagedInstance.start(Map.of("ACCESS_LOG", "true"));
        String body = "{\"email\":\"nobody@example.com\",\"password\":\"wrong password\"}";
        try (Socket inFlight = new Socket("127.0.0.1", instance.port())) {
            inFlight.setSoTimeout(20_000);
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: 203.0.113.21\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500);

            instance.process().destroy();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    instance.api().get("/api/categories").then().statusCode(503)
                            .contentType("application/problem+json").header("Retry-After", "1"));

            out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(inFlight.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 401 Unauthorized", statusLine, "the request in flight at SIGTERM is answered in full");
        }
        assertTrue(instance.process().waitFor(30, TimeUnit.SECONDS), "the instance exits once drained");

        List<String> lines = Files.readAllLines(instance.log().toPath());
        JsonNode started = lines.stream().filter(line -> line.contains("started in")).findFirst().map(OperationsIT::json)
                .orElseThrow(() -> new AssertionError("no start line in:\n" + String.join("\n", lines)));
        assertTrue(started.path("message").asText().contains("started in"), started.toString());
        assertTrue(started.hasNonNull("level") && started.hasNonNull("timestamp"), started.toString());
        assertTrue(lines.stream().anyMatch(line -> line.matches(".*POST /api/auth/login HTTP/1\\.1\\\\\" 401 \\d+ \\d+ ms.*")),
                "the access log has the drained request:\n" + String.join("\n", lines));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }
}
