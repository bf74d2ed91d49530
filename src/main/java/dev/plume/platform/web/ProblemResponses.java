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
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Documents the problem+json answers every operation can give, by one rule each, instead of
 * repeating them on every resource method. Runs at build time, so that no start pays for it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final Set<String> CONFLICTS = Set.of(
            "POST /api/auth/register", "POST /api/tags", "PUT /api/categories/{slug}", "PATCH /api/categories/{slug}");

    /** Limited per client address or per email (RateLimits), signed in or not. */
    private static final Set<String> LIMITED_PER_ADDRESS_OR_EMAIL = Set.of(
            "POST /api/auth/login", "POST /api/auth/register", "POST /api/auth/email-verification", "POST /api/auth/password-reset");

    private static final String LOGIN = "POST /api/auth/login";

    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");

    /** Limited per signed-in user: the operations whose method carries {@link PerUserRateLimit}. */
    private final Set<String> limitedPerUser;

    /** SmallRye OpenAPI hands a filter the application's Jandex index when it has this constructor. */
    public ProblemResponses(IndexView index) {
        this.limitedPerUser = index.getAnnotations(DotName.createSimple(PerUserRateLimit.class)).stream()
                .flatMap(annotation -> switch (annotation.target().kind()) {
                    case METHOD -> Stream.of(annotation.target().asMethod());
                    // on a resource class: each of its resource methods (the interceptor itself carries it too)
                    case CLASS -> annotation.target().asClass().methods().stream().filter(ProblemResponses::isResourceMethod);
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
        String httpMethod = httpMethod(method)
                .orElseThrow(() -> new IllegalStateException("@PerUserRateLimit on " + method + ", not a resource method"));
        String path = Stream.of(method.declaringClass().declaredAnnotation(PATH), method.declaredAnnotation(PATH))
                .filter(Objects::nonNull).map(AnnotationInstance::value).map(value -> value.asString().replaceAll("^/|/$", ""))
                .filter(segment -> !segment.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        return httpMethod + " " + path;
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
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn().toString())));
        if (hasInput) {
            add(responses, "400", "Invalid input: `violations` names each bad field", "ValidationProblem");
        }
        if (secured) {
            add(responses, "401", "Missing, unknown or expired credentials", "Problem");
            if (path.startsWith("/api/admin")
                    || method != PathItem.HttpMethod.GET && !path.endsWith("/like") && !path.startsWith("/api/auth")
                    && !path.startsWith("/api/me")
                    && !(method == PathItem.HttpMethod.POST && (path.equals("/api/posts") || path.endsWith("/comments")))) {
                add(responses, "403", "Neither the owner nor a role that may do this", "Problem");
            }
        }
        if (path.contains("{") && method != PathItem.HttpMethod.PUT) {
            add(responses, "404", "No such resource, or not visible", "Problem");
        }
        if (LOGIN.equals(name)) {
            add(responses, "401", "Email or password is wrong (the same answer for an unknown email)", "Problem");
        }
        if (CONFLICTS.contains(name)) {
            add(responses, "409", "A unique value is taken: `violations` names the field", "ValidationProblem");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "415", "The body is not application/json", "Problem");
        }
        if (LIMITED_PER_ADDRESS_OR_EMAIL.contains(name)) {
            add(responses, "429", "Too many requests from this address or for this email; see Retry-After", "Problem");
        }
        if (limitedPerUser.contains(name)) {
            add(responses, "429", "Too many writes by this user; see Retry-After", "Problem");
        }
        if (path.startsWith("/api/")) {
            add(responses, "503", "The database cannot be reached right now; see Retry-After", "Problem");
        }
    }

    /** The shape of {@link dev.plume.platform.error.Problem.Body}, RFC 9457 plus Plume's {@code violations}. */
    private static Schema problemSchema(boolean withViolations) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("title", text("The HTTP status's reason phrase", "Bad Request"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(List.of(400)))
                .addProperty("detail", text("What went wrong, for a human", "title: must not be blank"))
                .addProperty("instance", text("The request path", "/api/posts"))
                .required(List.of("title", "status"));
        if (withViolations) {
            Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .addProperty("field", text("The parameter or body property, e.g. tags[2]", "title"))
                    .addProperty("in", text("body, query, path or header", "body"))
                    .addProperty("message", text("What is wrong with it", "must not be blank"));
            schema.addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation));
        }
        return schema;
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).examples(List.of(example));
    }

    private static void add(APIResponses responses, String status, String description, String schema) {
        if (responses.hasAPIResponse(status)) {
            responses.removeAPIResponse(status);
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)))));
    }
}
