package dev.plume.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/** One real PostgreSQL for the whole test run (see TestDatabase), for in-process and packaged-application tests alike. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        ClientAddresses.giveEachRequestItsOwn();
        OpenApiContract.checkEveryExchange();
        Map<String, String> config = new HashMap<>(Map.of(
                // the packaged application runs in the prod profile, which does not migrate at start
                "quarkus.flyway.migrate-at-start", "true",
                "quarkus.mailer.mock", "true",
                "plume.authjs.secret", Fixtures.AUTHJS_SECRET));
        if (TestDatabase.external().isEmpty()) {
            // otherwise DATABASE_URL and DIRECT_URL, from the environment, configure the application
            // migrations as the owner on the same URL; no Flyway URL here, so that a test profile
            // may give one of its own (against the packaged application this resource's settings win)
            TestDatabase.Direct service = TestDatabase.service();
            TestDatabase.Direct owner = TestDatabase.direct();
            config.putAll(Map.of(
                    "quarkus.datasource.jdbc.url", service.jdbcUrl(),
                    "quarkus.datasource.username", service.user(),
                    "quarkus.datasource.password", service.password(),
                    "quarkus.flyway.username", owner.user(),
                    "quarkus.flyway.password", owner.password()));
        }
        return config;
    }

    @Override
    public void stop() {
        // the server stops with the JVM (EmbeddedPostgresServer's shutdown hook)
    }
}
