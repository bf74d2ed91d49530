package dev.plume.platform.database;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures that say the database cannot be reached now rather than that the request is wrong:
 * a connection lost or refused (a restart, a failover, a pooler or a serverless database that
 * dropped it), a server shutting down or starting, or no connection slot left. Asking again
 * shortly after may succeed, so they are answered 503 with Retry-After, not 500.
 */
public final class DatabaseOutage {

    /** SQLSTATE admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
