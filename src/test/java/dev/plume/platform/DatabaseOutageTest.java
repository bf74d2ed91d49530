package dev.plume.platform;

import dev.plume.support.Fixtures;
import dev.plume.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database drops Plume's connections (a restart, a failover, a serverless database that
 * suspended): a request on a lost connection is a 503 problem with Retry-After and the pool
 * replaces that connection, and a connection that sat idle is checked before use, so a quiet
 * instance does not fail its first request after the database came back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ShortIdleCheck.class)
class DatabaseOutageTest {

    private static final String UNCACHED_READ = "/api/posts?page=1&limit=5";
    private static final int POOL_SIZE = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);

    public static class ShortIdleCheck implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.foreground-validation-interval", "3S");
        }
    }

    @Test
    void aLostConnectionIsA503UntilThePoolHasReplacedIt() {
        given().get(UNCACHED_READ).then().statusCode(200);
        dropPlumesConnections();

        Response first = given().get(UNCACHED_READ);
        if (!behindAPooler()) {
            // (a transaction-mode pooler replaces the lost server connection before Plume notices)
            assertEquals(503, first.statusCode(), first.asString());
        }
        // each pooled connection that was lost fails one request, and is then replaced
        Response answer = first;
        for (int attempt = 0; answer.statusCode() != 200 && attempt < POOL_SIZE; attempt++) {
            answer.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("status", equalTo(503))
                    .body("title", equalTo("Service Unavailable"))
                    .body("detail", containsString("database"))
                    .body(not(containsString("Exception")));
            answer = given().get(UNCACHED_READ);
        }
        assertEquals(200, answer.statusCode(), answer.asString());
        for (int i = 0; i < 5; i++) {
            given().get(UNCACHED_READ).then().statusCode(200);
        }
    }

    @Test
    void aConnectionThatSatIdleIsCheckedBeforeUse() throws InterruptedException {
        given().get(UNCACHED_READ).then().statusCode(200);
        dropPlumesConnections();
        Thread.sleep(3_500);
        given().get(UNCACHED_READ).then().statusCode(200);
    }

    private static void dropPlumesConnections() {
        Fixtures.column("select pg_terminate_backend(pid) from pg_stat_activity "
                + "where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()");
    }

    private static boolean behindAPooler() {
        return TestDatabase.external().isPresent();
    }
}
