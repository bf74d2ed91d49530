package dev.plume.platform.error;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;

import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problems Plume answers with. Field problems carry a {@code violations} list
 * in the shape of the bean-validation problems: {@code [{field, in, message}]}.
 */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem notFound(String detail) {
        return HttpProblem.valueOf(Status.NOT_FOUND, detail);
    }

    public static HttpProblem forbidden(String detail) {
        return HttpProblem.valueOf(Status.FORBIDDEN, detail);
    }

    public static HttpProblem unauthorized(String detail) {
        return HttpProblem.builder().withStatus(Status.UNAUTHORIZED).withTitle(Status.UNAUTHORIZED.getReasonPhrase())
                .withDetail(detail).withHeader("WWW-Authenticate", "Bearer").build();
    }

    /** 400 for one bad input: {@code in} is where it came from (query, path, body). */
    public static HttpProblem invalid(String in, String field, String message) {
        return fieldProblem(Status.BAD_REQUEST, in, field, message);
    }

    /** 409 for a value that must be unique and is taken. */
    public static HttpProblem conflict(String field, String message) {
        return fieldProblem(Status.CONFLICT, "body", field, message);
    }

    private static HttpProblem fieldProblem(Status status, String in, String field, String message) {
        return HttpProblem.builder()
                .withStatus(status)
                .withTitle(status.getReasonPhrase())
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", in, "message", message)))
                .build();
    }
}
