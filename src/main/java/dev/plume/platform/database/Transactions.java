package dev.plume.platform.database;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Transactions that are run again when they lose a race another writer won. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Runs {@code work} in a new transaction, again (in another new one) while it fails with
     * an exception {@code retryable} accepts, at most {@code attempts} times in all.
     */
    public static <T> T withRetry(int attempts, Predicate<RuntimeException> retryable, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt >= attempts || !retryable.test(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the exception, or one of its causes, is the violation of the named constraint. */
    public static boolean violates(Throwable exception, String constraint) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
