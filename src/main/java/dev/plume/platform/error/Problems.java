package dev.plume.platform.error;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;

import java.util.List;
import java.util.Map;

/**
 * The problems Plume answers with. Field problems carry a {@code violations} list
 * {@code [{field, in, message}]}, the same shape bean validation failures are given.
 */
public final class Problems {

    private Problems() {
    }

    public static Problem of(StatusType status, String detail) {
        return new Problem(status, detail, null, Map.of());
    }

    public static Problem notFound(String detail) {
        return of(Status.NOT_FOUND, detail);
    }

    public static Problem forbidden(String detail) {
        return of(Status.FORBIDDEN, detail);
    }

    public static Problem badRequest(String detail) {
        return of(Status.BAD_REQUEST, detail);
    }

    public static Problem unauthorized(String detail) {
        return new Problem(Status.UNAUTHORIZED, detail, null, Map.of("WWW-Authenticate", "Bearer"));
    }

    /** 429 telling the client how many seconds to wait. */
    public static Problem tooManyRequests(String detail, long retryAfterSeconds) {
        return retryLater(Status.TOO_MANY_REQUESTS, detail, retryAfterSeconds);
    }

    /** 503 telling the client how many seconds to wait. */
    public static Problem unavailable(String detail, long retryAfterSeconds) {
        return retryLater(Status.SERVICE_UNAVAILABLE, detail, retryAfterSeconds);
    }

    private static Problem retryLater(Status status, String detail, long retryAfterSeconds) {
        return new Problem(status, detail, null, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** 400 for one bad input: {@code in} is where it came from (query, path, body). */
    public static Problem invalid(String in, String field, String message) {
        return invalid(List.of(new Problem.Violation(field, in, message)));
    }

    /** 400 for several bad inputs at once. */
    public static Problem invalid(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + ", " + b).orElse("Invalid input");
        return new Problem(Status.BAD_REQUEST, detail, violations, Map.of());
    }

    /** 409 for a value that must be unique and is taken. */
    public static Problem conflict(String field, String message) {
        return conflict(List.of(new Problem.Violation(field, "body", message)));
    }

    /** 409 for inputs the current state refuses (a taken value, stock that ran out), each named. */
    public static Problem conflict(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + ", " + b).orElse("Conflict");
        return new Problem(Status.CONFLICT, detail, violations, Map.of());
    }

    /** 422 for a request that is well-formed but contradicts an earlier one (an Idempotency-Key reused for another body). */
    public static Problem unprocessable(String detail) {
        return new Problem(new UnprocessableStatus(), detail, null, Map.of());
    }

    /** JAX-RS names no 422. */
    private record UnprocessableStatus() implements StatusType {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public jakarta.ws.rs.core.Response.Status.Family getFamily() {
            return jakarta.ws.rs.core.Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
