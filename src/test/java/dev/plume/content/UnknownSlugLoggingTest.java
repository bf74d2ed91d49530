package dev.plume.content;

import dev.plume.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Anyone can ask for slugs that do not exist; each is a 404, never a warning in the log (a
 * cheap way to flood it). In-process only: it listens to the application's own log.
 */
@QuarkusTest
class UnknownSlugLoggingTest {

    @Test
    void unknownSlugsAre404sThatLogNothing() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(listener);
        try {
            for (int i = 0; i < 3; i++) {
                given().get("/api/posts/" + Fixtures.unique("no-such-post")).then().statusCode(404)
                        .contentType("application/problem+json");
            }
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertEquals(List.of(), warnings));
        } finally {
            root.removeHandler(listener);
        }
    }
}
