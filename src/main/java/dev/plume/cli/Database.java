package dev.plume.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;

/** Runs a database command; an unreachable or misconfigured database is a one-line message and exit code 1. */
final class Database {

    static final int UNREACHABLE = 1;

    private Database() {
    }

    static int reachable(Callable<Integer> command) {
        try {
            return command.call();
        } catch (Exception e) {
            System.err.println("Database unreachable: " + rootMessage(e));
            return UNREACHABLE;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
