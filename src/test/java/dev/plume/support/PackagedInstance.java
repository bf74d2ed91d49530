package dev.plume.support;

import io.restassured.specification.RequestSpecification;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another instance of the packaged application (jar or native executable) beside the one the
 * suite tests, on the test database, on a port of its own: for tests of several instances, and
 * of one that dies.
 */
public record PackagedInstance(Process process, int port, File log) {

    /** Starts one with these settings (environment variables) added, and waits until it is ready. */
    public static PackagedInstance start(Map<String, String> settings) throws IOException {
        int port = RedisServer.freePort();
        File log = Files.createTempFile("plume-instance", ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(PackagedApplication.command("serve")).redirectErrorStream(true).redirectOutput(log);
        TestDatabase.Direct database = TestDatabase.direct();
        Map<String, String> env = builder.environment();
        env.remove("DATABASE_URL");
        env.remove("DIRECT_URL");
        Map<String, String> all = new HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", database.user(),
                "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                "QUARKUS_FLYWAY_MIGRATE_AT_START", "true",
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_MAILER_MOCK", "true"));
        all.putAll(settings);
        env.putAll(all);
        PackagedInstance instance = new PackagedInstance(builder.start(), port, log);
        instance.awaitReady();
        return instance;
    }

    public RequestSpecification api() {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    private void awaitReady() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    assertTrue(process.isAlive(), "the instance exited:\n" + Files.readString(log.toPath()));
                    return api().get("/q/health/ready").statusCode() == 200;
                });
    }

    /** SIGTERM: the instance shuts down as a platform stops it. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** SIGKILL: the instance dies on the spot, with whatever it was doing. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    private void waitForExit() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
