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
            config.putAll(TestDatabase.applicationSettings());
        }
        return config;
    }

    @Override
    public void stop() {
        // the server stops with the JVM (EmbeddedPostgresServer's shutdown hook)
    }
}
