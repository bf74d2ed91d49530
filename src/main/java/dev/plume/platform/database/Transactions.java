package dev.plume.platform.database;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Transactions that are run again when they lose a race: a serialization failure or a deadlock
 * (SQLSTATE 40001, 40P01), or a failure the caller names (a unique slug another writer took).
 * Every write that can meet one goes through here.
 */
public final class Transactions {

    private static final Set<String> TRANSIENT = Set.of("40001", "40P01");
    private static final long FIRST_BACKOFF_MICROS = 2_000;
    private static final long MAX_BACKOFF_MICROS = 100_000;

    private Transactions() {
    }

    /**
     * Runs {@code work} in a transaction of its own, again (in a new one) while it fails
     * transiently or with an exception {@code alsoRetry} accepts, at most {@code attempts} times
     * in all, after a growing, randomised pause (full jitter), so that writers who collided do
     * not collide again in step. Inside a caller's transaction it cannot start over: the work
     * runs once, in that transaction.
     */
    public static <T> T withRetry(int attempts, Predicate<Throwable> alsoRetry, Supplier<T> work) {
        if (QuarkusTransaction.isActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt >= attempts || !(isTransient(e) || alsoRetry.test(e))) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    public static <T> T withRetry(int attempts, Supplier<T> work) {
        return withRetry(attempts, e -> false, work);
    }

    /** A serialization failure or a deadlock, anywhere in the cause chain. */
    public static boolean isTransient(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && TRANSIENT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the exception, or one of its causes, is the violation of the named constraint. */
    public static boolean violates(Throwable exception, String constraint) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().contains('"' + constraint + '"')) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_MICROS, FIRST_BACKOFF_MICROS << Math.min(attempt - 1, 16));
        try {
            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between attempts of a transaction", e);
        }
    }
}
