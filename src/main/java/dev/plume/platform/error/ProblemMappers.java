package dev.plume.platform.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.plume.platform.database.DatabaseOutage;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Turns every exception that reaches the REST layer into problem+json: Plume's own
 * {@link Problem}s, invalid input, missing or bad credentials, unreadable bodies, unknown
 * paths and methods, unique values taken by a concurrent writer, and, last, anything
 * unexpected, as a 500 whose only detail is a reference to the logged error.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int FIRST = 1;

    private final Map<String, String> uniqueFields;

    ProblemMappers(Instance<UniqueConstraints> features) {
        this.uniqueFields = features.stream().flatMap(feature -> feature.fieldsByConstraint().entrySet().stream())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(Problem problem, UriInfo uri) {
        return problem.toResponse(instance(uri));
    }

    /** Quarkus throws the subtype for invalid resource parameters; both are listed because the closest type wins. */
    @ServerExceptionMapper(value = {ConstraintViolationException.class, ResteasyReactiveViolationException.class}, priority = FIRST)
    public Response invalidInput(ConstraintViolationException e, UriInfo uri, SimpleResourceInfo resource) {
        return InvalidInput.problem(e, resource)
                .map(problem -> problem.toResponse(instance(uri)))
                .orElseGet(() -> unexpected(e, uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Problems.unauthorized("Missing, unknown or expired bearer token").toResponse(instance(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Problems.unauthorized("Missing, unknown or expired bearer token").toResponse(instance(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.forbidden("Your role does not allow this").toResponse(instance(uri));
    }

    /**
     * A body that is JSON but not of the expected shape names the field when it can. The
     * subtypes are listed because mappers are chosen by the closest exception type first.
     */
    @ServerExceptionMapper(value = {JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class},
            priority = FIRST)
    public Response unfitBody(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
        Problem problem = field == null
                ? Problems.badRequest("The request body does not have the expected shape")
                : Problems.invalid("body", field, "has the wrong type or format");
        return problem.toResponse(instance(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformedBody(JsonParseException e, UriInfo uri) {
        return Problems.badRequest("Request body is not valid JSON: " + e.getOriginalMessage()).toResponse(instance(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> e.getCause() instanceof JsonProcessingException json
                    ? "Request body is not valid JSON: " + json.getOriginalMessage()
                    : "The request could not be read";
            case 404 -> "No resource at " + instance(uri);
            case 405 -> "This resource does not answer that method";
            case 406 -> "This resource answers application/json only";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> status.getReasonPhrase();
        };
        return Problems.of(status, detail).toResponse(instance(uri));
    }

    /** A unique value a concurrent writer won is a 409 naming the field. */
    @ServerExceptionMapper(priority = FIRST)
    public Response constraintViolated(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String field = uniqueFields.get(e.getConstraintName());
        if (field == null || e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return unexpected(e, uri);
        }
        return Problems.conflict(field, "is already taken").toResponse(instance(uri));
    }

    /** The path as the client sent it (still percent-encoded): a valid URI reference whatever it holds. */
    private static String instance(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /** SQLSTATE character_not_in_repertoire: a NUL in the request's text, which PostgreSQL can neither store nor look up. */
    @ServerExceptionMapper(priority = FIRST)
    public Response unstorableText(org.hibernate.exception.DataException e, UriInfo uri) {
        if (!"22021".equals(e.getSQLState())) {
            return unexpected(e, uri);
        }
        return Problems.badRequest("Text in the request holds a NUL character, which cannot be stored or looked up").toResponse(instance(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unreachable on %s: %s", instance(uri), e.getMessage());
            return Problems.unavailable("The database cannot be reached right now; try again shortly", 1).toResponse(instance(uri));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, instance(uri));
        return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; reference " + reference)
                .toResponse(instance(uri));
    }
}
