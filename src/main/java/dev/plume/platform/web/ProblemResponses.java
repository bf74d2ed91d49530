package dev.plume.platform.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Set;

/**
 * Documents the problem+json answers every operation can give, by one rule each, instead of
 * repeating them on every resource method.
 */
public class ProblemResponses implements OASFilter {

    private static final Set<String> CONFLICTS = Set.of(
            "POST /api/auth/register", "POST /api/tags", "PUT /api/categories/{slug}", "PATCH /api/categories/{slug}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(method, path, operation)));
    }

    private static void document(PathItem.HttpMethod method, String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn().toString())));
        if (hasInput) {
            add(responses, "400", "Invalid input: `violations` names each bad field", "HttpValidationProblem");
        }
        if (secured) {
            add(responses, "401", "Missing, unknown or expired bearer token", "HttpProblem");
            if (method != PathItem.HttpMethod.GET && !path.endsWith("/like") && !path.startsWith("/api/auth")
                    && !(method == PathItem.HttpMethod.POST && (path.equals("/api/posts") || path.endsWith("/comments")))) {
                add(responses, "403", "Neither the owner nor a role that may do this", "HttpProblem");
            }
        }
        if (path.contains("{") && method != PathItem.HttpMethod.PUT) {
            add(responses, "404", "No such resource, or not visible", "HttpProblem");
        }
        if (CONFLICTS.contains(method + " " + path)) {
            add(responses, "409", "A unique value is taken: `violations` names the field", "HttpValidationProblem");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "415", "The body is not application/json", "HttpProblem");
        }
    }

    private static void add(APIResponses responses, String status, String description, String schema) {
        if (responses.hasAPIResponse(status)) {
            responses.removeAPIResponse(status);
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)))));
    }
}
