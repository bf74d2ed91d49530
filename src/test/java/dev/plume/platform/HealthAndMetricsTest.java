package dev.plume.platform;

import dev.plume.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedInPrometheusFormat() {
        given().get("/api/posts?limit=1").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void cacheHitsAndMissesAreCountedPerCache() {
        Fixtures.TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);
        given().header("Authorization", user.bearer()).get("/api/me").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*cache_gets_total\\{[^}]*cache=\"sessions\"[^}]*result=\"hit\"[^}]*} [1-9].*"))
                .body(matchesPattern("(?s).*cache_gets_total\\{[^}]*cache=\"sessions\"[^}]*result=\"miss\"[^}]*} [1-9].*"))
                .body(matchesPattern("(?s).*cache_gets_total\\{[^}]*cache=\"post-detail\".*"));
    }

    @Test
    void requestsAreCountedUnderTheirUrlTemplateEvenWhenTheTokenIsRejected() {
        String id = UUID.randomUUID().toString();
        given().header("Authorization", "Bearer not-a-session").contentType("application/json").body("{}")
                .patch("/api/posts/" + id).then().statusCode(401).contentType("application/problem+json");
        given().get("/api/posts/" + Fixtures.unique("no-such-post")).then().statusCode(404);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("method=\"PATCH\",outcome=\"CLIENT_ERROR\",status=\"401\",uri=\"/api/posts/{id}\""))
                .body(containsString("method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/api/posts/{slug}\""))
                .body(not(containsString(id)));
    }
}
