package dev.plume.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem a resource throws; {@link ProblemMappers} writes it as
 * {@code application/problem+json} with the request path, as sent, as {@code instance}.
 * No stack trace is filled in: a problem is an answer, not a fault.
 */
public final class Problem extends RuntimeException {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final Response.StatusType status;
    private final List<Violation> violations;
    private final Map<String, String> headers;

    Problem(Response.StatusType status, String detail, List<Violation> violations, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.violations = violations;
        this.headers = headers;
    }

    public int status() {
        return status.getStatusCode();
    }

    public List<Violation> violations() {
        return violations;
    }

    Response toResponse(String instance) {
        Body body = new Body(status.getReasonPhrase(), status.getStatusCode(), getMessage(), instance, violations);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body);
        headers.forEach(response::header);
        return response.build();
    }

    /** The JSON of a problem; {@code violations} only on field problems. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @RegisterForReflection
    public record Body(String title, int status, String detail, String instance, List<Violation> violations) {
    }

    /** One bad input: its name, where it came from (body, query, path, header) and what is wrong. */
    @RegisterForReflection
    public record Violation(String field, String in, String message) {
    }
}
