package dev.plume.cli;

import dev.plume.support.TestDatabase;
import dev.plume.support.Fixtures;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code migrate} and {@code seed --scale} against a database of their own (as DIRECT_URL),
 * since the data set replaces every user and post.
 */
@QuarkusMainTest
@TestProfile(BenchmarkSeedTest.OwnDatabase.class)
class BenchmarkSeedTest {

    static final String DATABASE = "plume_bench_seed";

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Fixtures.execute("drop database if exists " + DATABASE + " with (force)");
            Fixtures.execute("create database " + DATABASE);
            Map<String, String> settings = new HashMap<>(TestDatabase.applicationSettings());
            settings.put("quarkus.flyway.jdbc-url", ownUrl());
            return settings;
        }
    }

    static String ownUrl() {
        return TestDatabase.direct().jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
    }

    @Test
    void theBenchmarkDataSetLoadsTheSameAtEveryRun(QuarkusMainLauncher launcher) throws SQLException {
        LaunchResult migrate = launcher.launch("migrate");
        assertEquals(0, migrate.exitCode(), migrate.getOutput() + migrate.getErrorOutput());

        LaunchResult first = launcher.launch("seed", "--scale", "0.002");
        assertEquals(0, first.exitCode(), first.getOutput() + first.getErrorOutput());
        assertTrue(first.getOutput().contains("Loaded the benchmark data set at scale 0.002"), first.getOutput());
        String fingerprint = query("select count(*) || '/' || md5(string_agg(title, ',' order by id)) from posts");
        assertEquals("4", query("select count(*) from users"));
        assertEquals("100", query("select count(*) from posts"));
        assertEquals("ADMIN", query("select role from users where email = 'user1@example.com'"));
        assertEquals("1", query("select count(*) from sessions where session_token = encode(sha256(convert_to('tok-1', 'UTF8')), 'hex')"));

        LaunchResult second = launcher.launch("seed", "--scale", "0.002");
        assertEquals(0, second.exitCode(), second.getOutput() + second.getErrorOutput());
        assertEquals(fingerprint, query("select count(*) || '/' || md5(string_agg(title, ',' order by id)) from posts"));
    }

    @Test
    void aScaleOutOfRangeIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("seed", "--scale", "0");
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("--scale"), result.getErrorOutput());
    }

    private static String query(String sql) throws SQLException {
        TestDatabase.Direct direct = TestDatabase.direct();
        try (Connection c = DriverManager.getConnection(ownUrl(), direct.user(), direct.password());
             Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
