package dev.plume.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks every REST Assured exchange of the suite against the OpenAPI document the service
 * under test serves ({@code /q/openapi}), in-process and against the jar, and fails the test on
 * any mismatch: an answer's status not documented for its operation, a body that does not match
 * its schema (types, nullability, required and unknown properties, formats, patterns), a problem
 * that is not problem+json. A request the service accepted (2xx) must match the document too,
 * so that no constraint the document claims goes unenforced; a request the service refused
 * (4xx) is allowed to break it, since refusing it is the point.
 */
public final class OpenApiContract implements OrderedFilter {

    private static final Set<String> UNDOCUMENTED_METHODS = Set.of("HEAD", "OPTIONS");
    private static final Set<String> UNKNOWN_OPERATION = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private static volatile OpenApiInteractionValidator validator;

    private OpenApiContract() {
    }

    static synchronized void checkEveryExchange() {
        if (RestAssured.filters().stream().noneMatch(OpenApiContract.class::isInstance)) {
            RestAssured.filters(new OpenApiContract());
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        Request sent = RestAssuredRequest.of(request);
        if (!sent.getPath().startsWith("/api/") || UNDOCUMENTED_METHODS.contains(sent.getMethod().name())) {
            return response;
        }
        int status = response.statusCode();
        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            throw new AssertionError(sent.getMethod() + " " + sent.getPath() + " answered " + status + " as "
                    + response.contentType() + ", not application/problem+json");
        }
        OpenApiInteractionValidator document = document(request.getURI());
        List<ValidationReport.Message> failures = new ArrayList<>(errors(
                document.validateResponse(sent.getPath(), sent.getMethod(), RestAssuredResponse.of(response))));
        if ((status == 404 || status == 405) && failures.stream().allMatch(m -> UNKNOWN_OPERATION.contains(m.getKey()))) {
            return response; // a path or method the service does not serve: nothing to compare
        }
        if (status < 400) {
            errors(document.validateRequest(sent)).stream()
                    .filter(m -> failures.stream().noneMatch(f -> f.getKey().equals(m.getKey()) && f.getMessage().equals(m.getMessage())))
                    .forEach(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(sent.getMethod() + " " + sent.getPath() + " -> " + status + " does not match the OpenAPI document:\n"
                    + SimpleValidationReportFormat.getInstance().apply(ValidationReport.from(failures)) + "\nbody: " + response.asString());
        }
        return response;
    }

    private static List<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
    }

    /** The document of the service the request went to, read once per run: every build serves the same one. */
    private static OpenApiInteractionValidator document(String requestUri) {
        OpenApiInteractionValidator loaded = validator;
        if (loaded == null) {
            synchronized (OpenApiContract.class) {
                if (validator == null) {
                    URI uri = URI.create(requestUri).resolve("/q/openapi?format=json");
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.of(fetch(uri)))
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                                    // the validator wants "Bearer" capitalised; RFC 9110 makes the scheme case-insensitive
                                    .withLevel("validation.request.security.invalid", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
                loaded = validator;
            }
        }
        return loaded;
    }

    private static String fetch(URI uri) {
        // HTTP/1.1: the default (an h2c upgrade) has been seen to misread the answer to this large document
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The validator reads OpenAPI 3.0 and silently ignores 3.1 types: the served 3.1 document is
     * rewritten in the 3.0 forms of the same constraints (nullable, exclusive bounds, example).
     */
    static final class OpenApi30 {

        private static final ObjectMapper JSON = new ObjectMapper();

        static String of(String document31) {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(document31);
                root.put("openapi", "3.0.3");
                root.remove("jsonSchemaDialect");
                rewrite(root);
                return JSON.writeValueAsString(root);
            } catch (IOException e) {
                throw new UncheckedIOException("The served OpenAPI document is not JSON", e);
            }
        }

        private static void rewrite(JsonNode node) {
            if (node instanceof ObjectNode object) {
                if (object.get("type") instanceof ArrayNode types) {
                    List<String> names = new ArrayList<>();
                    types.forEach(type -> names.add(type.asText()));
                    boolean nullable = names.remove("null");
                    if (names.size() == 1) {
                        object.put("type", names.getFirst());
                    } else {
                        object.remove("type");
                    }
                    if (nullable) {
                        object.put("nullable", true);
                    }
                }
                for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
                    JsonNode value = object.get(bound);
                    if (value != null && value.isNumber()) {
                        object.set(bound.equals("exclusiveMinimum") ? "minimum" : "maximum", value);
                        object.put(bound, true);
                    }
                }
                if (object.get("examples") instanceof ArrayNode examples && !object.has("in") && !object.has("content")) {
                    object.remove("examples");
                    if (!examples.isEmpty() && !object.has("example")) {
                        object.set("example", examples.get(0));
                    }
                }
                if (object.has("const")) {
                    object.set("enum", JSON.createArrayNode().add(object.remove("const")));
                }
                if (object.has("$ref") && object.size() > 1) {
                    JsonNode ref = object.get("$ref");
                    object.removeAll();
                    object.set("$ref", ref);
                }
                object.properties().forEach(entry -> rewrite(entry.getValue()));
            } else if (node instanceof ArrayNode array) {
                array.forEach(OpenApi30::rewrite);
            }
        }
    }
}
