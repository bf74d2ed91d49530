package dev.plume.platform.web;

import dev.plume.platform.ratelimit.PerUserRateLimit;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Documents the problem+json answers of every operation. The answers every operation of a kind
 * can give are added here by one rule each (invalid input, missing credentials, a role the
 * caller lacks, an unknown id, an unreadable or oversized body, a rate limit, the database
 * away); answers particular to an operation (an owner check's 403, a taken name's 409) are
 * declared on it with {@code @APIResponse}, and get their problem+json content here. Runs at
 * build time, so that no start pays for it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");

    /** Limited per signed-in user: the operations whose method or class carries {@link PerUserRateLimit}. */
    private final Set<String> limitedPerUser;
    /** Open to some roles only: the operations whose method or class carries {@code @RolesAllowed}. */
    private final Set<String> roleRestricted;
    /** The answers particular to an operation, by operation: {@link ErrorAnswer}. */
    private final Map<String, List<AnnotationInstance>> particular;

    /** SmallRye OpenAPI hands a filter the application's Jandex index when it has this constructor. */
    public ProblemResponses(IndexView index) {
        this.limitedPerUser = operationsAnnotated(index, DotName.createSimple(PerUserRateLimit.class));
        this.roleRestricted = operationsAnnotated(index, ROLES_ALLOWED);
        this.particular = index.getAnnotationsWithRepeatable(DotName.createSimple(ErrorAnswer.class), index).stream()
                .filter(answer -> isResourceMethod(answer.target().asMethod()))
                .collect(Collectors.groupingBy(answer -> operationName(answer.target().asMethod())));
    }

    private static Set<String> operationsAnnotated(IndexView index, DotName annotation) {
        return index.getAnnotations(annotation).stream()
                .flatMap(found -> switch (found.target().kind()) {
                    case METHOD -> Stream.of(found.target().asMethod()).filter(ProblemResponses::isResourceMethod);
                    case CLASS -> found.target().asClass().methods().stream().filter(ProblemResponses::isResourceMethod);
                    default -> Stream.empty();
                })
                .map(ProblemResponses::operationName)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isResourceMethod(MethodInfo method) {
        return method.declaringClass().hasDeclaredAnnotation(PATH) && httpMethod(method).isPresent();
    }

    private static Optional<String> httpMethod(MethodInfo method) {
        return HTTP_METHODS.stream().filter(name -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + name))).findFirst();
    }

    /** "PATCH /api/posts/{id}", as the document names the operation this resource method serves. */
    private static String operationName(MethodInfo method) {
        String path = Stream.of(method.declaringClass().declaredAnnotation(PATH), method.declaredAnnotation(PATH))
                .filter(Objects::nonNull).map(AnnotationInstance::value).map(value -> value.asString().replaceAll("^/|/$", ""))
                .filter(segment -> !segment.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        return httpMethod(method).orElseThrow() + " " + path;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema(false));
        openAPI.getComponents().addSchema("ValidationProblem", problemSchema(true));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(method, path, operation)));
    }

    private void document(PathItem.HttpMethod method, String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        String name = method + " " + path;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasInput = operation.getRequestBody() != null || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasInput) {
            add(responses, "400", "Invalid input: `violations` names each bad field");
        }
        if (secured) {
            add(responses, "401", "Missing, unknown or expired credentials");
        }
        if (roleRestricted.contains(name)) {
            add(responses, "403", "The caller's role does not allow this");
        }
        if (method == PathItem.HttpMethod.GET && responses.hasAPIResponse("200")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not Modified: the answer still has the ETag sent in If-None-Match"));
        }
        // a PUT to the templated resource itself creates it when absent
        if (path.contains("{") && !(method == PathItem.HttpMethod.PUT && path.endsWith("}"))) {
            add(responses, "404", "No such resource, or not visible to the caller");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the server takes");
            add(responses, "415", "The body is not application/json");
        }
        if (limitedPerUser.contains(name)) {
            add(responses, "429", "Too many writes by this user; see Retry-After");
        }
        if (path.startsWith("/api/")) {
            add(responses, "503", "The database cannot be reached right now; see Retry-After");
        }
        particular.getOrDefault(name, List.of()).forEach(answer -> responses.addAPIResponse(
                String.valueOf(answer.value("status").asInt()),
                OASFactory.createAPIResponse().description(answer.value("description").asString())));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.content(problemContent(status));
            }
        });
    }
    /** The shape of {@link dev.plume.platform.error.Problem.Body}, RFC 9457 plus Plume's {@code violations}. */
    private static Schema problemSchema(boolean withViolations) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("title", text("The HTTP status's reason phrase", "Bad Request"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(List.of(400)))
                .addProperty("detail", text("What went wrong, for a human", "title: must not be blank"))
                .addProperty("instance", text("The request path, as sent", "/api/posts"))
                .required(List.of("title", "status", "detail", "instance"));
        if (withViolations) {
            Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .addProperty("field", text("The parameter or body property, e.g. tags[2]", "title"))
                    .addProperty("in", text("body, query, path or header", "body"))
                    .addProperty("message", text("What is wrong with it", "must not be blank"))
                    .required(List.of("field", "in", "message"));
            schema.addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation));
        }
        return schema;
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).examples(List.of(example));
    }

    /** Adds the answer unless the operation declares its own, which says more. */
    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status) || "Bad Request".equals(responses.getAPIResponse(status).getDescription())) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Field problems (400, and 409 for a taken value) list their fields in {@code violations}. */
    private static Content problemContent(String status) {
        String schema = status.equals("400") || status.equals("409") ? "ValidationProblem" : "Problem";
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
    }
}
