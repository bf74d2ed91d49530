package dev.plume.platform;

import dev.plume.support.PackagedInstance;
import dev.plume.support.TwoInstances;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Two packaged instances sharing one Redis hold one rate limit between them: four sign-in
 * attempts a minute from an address means four in all, not four per instance. Without Redis
 * each instance falls back to its own buckets and keeps answering.
 */
class SharedRateLimitIT {

    /** The suite gives each request an address of its own unless it names one (ClientAddresses). */
    private static final String ADDRESS = "203.0.113.7";
    private static TwoInstances instances;
    private static PackagedInstance first;
    private static PackagedInstance second;

    @BeforeAll
    static void startRedisAndTwoInstances() throws Exception {
        instances = TwoInstances.start(Map.of("PLUME_RATE_LIMIT_LOGIN_IP_PERMITS", "4"));
        first = instances.first();
        second = instances.second();
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void oneLimitHoldsAcrossInstancesAndWithoutRedisEachKeepsItsOwnAndStaysReady() throws InterruptedException {
        for (int attempt = 0; attempt < 4; attempt++) {
            signIn(attempt % 2 == 0 ? first : second, 401);
        }
        for (PackagedInstance instance : new PackagedInstance[]{first, second}) {
            instance.api().header("X-Forwarded-For", ADDRESS).contentType(ContentType.JSON).body(Map.of("email", "nobody@example.com", "password", "wrong password"))
                    .post("/api/auth/login").then().statusCode(429)
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(429));
        }

        instances.redis().close();
        signIn(first, 401);
        signIn(second, 401);
        for (PackagedInstance instance : new PackagedInstance[]{first, second}) {
            instance.api().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    private static void signIn(PackagedInstance instance, int status) {
        instance.api().header("X-Forwarded-For", ADDRESS).contentType(ContentType.JSON).body(Map.of("email", "nobody@example.com", "password", "wrong password"))
                .post("/api/auth/login").then().statusCode(status);
    }
}
