package dev.plume.identity;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.PackagedApplication;
import dev.plume.support.PackagedInstance;
import dev.plume.support.TestDatabase;
import dev.plume.support.TwoInstances;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two packaged instances, one Redis, one PostgreSQL: whatever ends a session or changes its
 * user on one instance (or from the command line) is refused by the other within a second.
 * Every token is used on both instances first, so that what each test proves gone is a session
 * the other instance had cached.
 */
class CrossInstanceSessionsIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static TwoInstances instances;
    private static PackagedInstance first;
    private static PackagedInstance second;

    @BeforeAll
    static void startRedisAndTwoInstances() throws Exception {
        long listenersBefore = listeners();
        instances = TwoInstances.start(Map.of("AUTHJS_SECRET", Fixtures.AUTHJS_SECRET));
        first = instances.first();
        second = instances.second();
        listening(listenersBefore + 2);
    }

    /**
     * Both instances listen to eviction notices (they connect once the HTTP server is up, and
     * empty the session cache then): from here on, only a notice evicts a cached session.
     */
    private static void listening(long listeners) {
        TestUser warmUp = Fixtures.user();
        usedOnBoth(warmUp.token(), "/api/me", 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> listeners() >= listeners);
    }

    private static long listeners() {
        return Fixtures.count("select count(*) from pg_stat_activity where application_name = 'plume-eviction-notices'");
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aSessionSignedOutOnOneInstanceIsRefusedByTheOther() {
        TestUser user = Fixtures.user();
        usedOnBoth(user.token(), "/api/me", 200);

        first.api().header("Authorization", user.bearer()).post("/api/auth/logout").then().statusCode(204);
        refusedBySecond(user.token(), "/api/me", 401);
    }

    @Test
    void signingOutEverywhereFromAnotherDeviceEndsTheSessionOnEveryInstance() {
        TestUser user = Fixtures.user();
        String phone = anotherSessionOf(user.id());
        usedOnBoth(phone, "/api/me", 200);

        first.api().header("Authorization", user.bearer()).delete("/api/me/sessions").then().statusCode(204);
        refusedBySecond(phone, "/api/me", 401);
    }

    @Test
    void aPasswordResetEndsTheSessionsOnEveryInstance() {
        TestUser user = Fixtures.user();
        usedOnBoth(user.token(), "/api/me", 200);
        String resetToken = "reset-" + UUID.randomUUID();
        Fixtures.execute("insert into password_reset_tokens (user_id, token_hash, expires) values (?, ?, now() + interval '1 hour')",
                user.id(), SessionTokens.hash(resetToken));

        first.api().contentType(ContentType.JSON).body(Map.of("token", resetToken, "password", "a brand new secret"))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);
        refusedBySecond(user.token(), "/api/me", 401);
    }

    @Test
    void theAuthjsAdaptersDeleteSessionEndsItOnEveryInstance() {
        TestUser user = Fixtures.user();
        String sessionToken = "authjs-" + UUID.randomUUID();
        first.api().header("X-Plume-Adapter-Secret", Fixtures.AUTHJS_SECRET).contentType(ContentType.JSON)
                .body(Map.of("sessionToken", sessionToken, "userId", user.id().toString(), "expires", Instant.now().plusSeconds(3600).toString()))
                .post("/api/authjs/createSession").then().statusCode(200);
        usedOnBoth(sessionToken, "/api/me", 200);

        first.api().header("X-Plume-Adapter-Secret", Fixtures.AUTHJS_SECRET).contentType(ContentType.JSON)
                .body(Map.of("sessionToken", sessionToken)).post("/api/authjs/deleteSession").then().statusCode(200);
        refusedBySecond(sessionToken, "/api/me", 401);
    }

    @Test
    void aRoleSetFromTheCommandLineAppliesOnRunningInstancesWithinASecond() throws Exception {
        TestUser admin = Fixtures.user("ADMIN");
        usedOnBoth(admin.token(), "/api/admin/users", 200);

        runCli(null, "users", "role", admin.email(), "USER");
        refusedBySecond(admin.token(), "/api/admin/users", 403);
        first.api().header("Authorization", admin.bearer()).get("/api/admin/users").then().statusCode(403);
    }

    @Test
    void aUserCreatedFromTheCommandLineWithAPasswordOnStandardInputSignsIn() throws Exception {
        String email = Fixtures.unique("cli-admin") + "@example.com";
        runCli("typed on stdin, long enough\n", "users", "create", "--email", email, "--name", "Ops", "--role", "ADMIN",
                "--password-stdin");

        String token = second.api().contentType(ContentType.JSON).body(Map.of("email", email, "password", "typed on stdin, long enough"))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
        first.api().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200)
                .body("role", equalTo("ADMIN")).body("emailVerified", notNullValue());
    }

    private static void usedOnBoth(String token, String path, int status) {
        for (PackagedInstance instance : new PackagedInstance[]{first, second}) {
            instance.api().header("Authorization", "Bearer " + token).get(path).then().statusCode(status);
        }
    }

    private static void refusedBySecond(String token, String path, int status) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                second.api().header("Authorization", "Bearer " + token).get(path).then().statusCode(status));
    }

    private static String anotherSessionOf(UUID userId) {
        String token = "phone-" + UUID.randomUUID();
        Fixtures.execute("insert into sessions (session_token, user_id, expires) values (?, ?, now() + interval '30 days')",
                SessionTokens.hash(token), userId);
        return token;
    }

    /** Runs the packaged application's command line against the tests' database; it must succeed. */
    private static void runCli(String stdin, String... args) throws IOException, InterruptedException {
        TestDatabase.Direct database = TestDatabase.direct();
        File log = Files.createTempFile("plume-cli", ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(PackagedApplication.command(args)).redirectErrorStream(true).redirectOutput(log);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("DIRECT_URL");
        builder.environment().putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", database.user(), "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                "QUARKUS_FLYWAY_MIGRATE_AT_START", "false"));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(0, process.waitFor(), Files.readString(log.toPath()));
    }
}
