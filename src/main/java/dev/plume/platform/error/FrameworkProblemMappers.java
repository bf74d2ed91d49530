package dev.plume.platform.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * Problems for the exceptions the framework throws before a resource runs: missing or bad
 * credentials, missing roles, unreadable bodies, unknown paths and methods. (The security
 * mappers of quarkus-resteasy-problem 3.21 do not link against Quarkus 3.36.)
 */
public class FrameworkProblemMappers {

    private static final int FIRST = 1;

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(Problems.unauthorized("Missing, unknown or expired bearer token"), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problems.unauthorized("Missing, unknown or expired bearer token"), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problems.forbidden("Your role does not allow this"), uri);
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
        HttpProblem problem = field == null
                ? HttpProblem.valueOf(Response.Status.BAD_REQUEST, "The request body does not have the expected shape")
                : Problems.invalid("body", field, "has the wrong type or format");
        return respond(problem, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformedBody(JsonParseException e, UriInfo uri) {
        return respond(HttpProblem.valueOf(Response.Status.BAD_REQUEST, "Request body is not valid JSON: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> e.getCause() instanceof JsonProcessingException json
                    ? "Request body is not valid JSON: " + json.getOriginalMessage()
                    : "The request could not be read";
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This resource does not answer that method";
            case 406 -> "This resource answers application/json only";
            case 415 -> "Send the body as application/json";
            default -> status.getReasonPhrase();
        };
        HttpProblem problem = HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
        return respond(problem, uri);
    }

    private static Response respond(HttpProblem problem, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(problem.getStatusCode())
                .type(HttpProblem.MEDIA_TYPE)
                .entity(HttpProblem.builder(problem).withInstance(URI.create(uri.getPath())).build());
        problem.getHeaders().forEach(response::header);
        return response.build();
    }
}
