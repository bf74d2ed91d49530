package dev.plume.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every property of an answer is sent, null or not (Jackson writes nulls), so the document says
 * so: a schema that only answers use lists all its properties as required, and a typed client
 * reads {@code post.title}, not {@code post.title?}. Schemas a request also uses keep their own
 * list (a request may leave optional fields out), and so do those that declare one (a problem
 * leaves out what it does not have). Runs at build time, so that no start pays for it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ResponseShapes implements OASFilter {

    private static final String COMPONENT = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Operation> operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();
        Set<String> inRequests = reachable(schemas, operations.stream().flatMap(ResponseShapes::requestSchemas));
        Set<String> inAnswers = reachable(schemas, operations.stream().flatMap(ResponseShapes::answerSchemas));
        inAnswers.removeAll(inRequests);
        for (String name : inAnswers) {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static Stream<Schema> requestSchemas(Operation operation) {
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty() : contentSchemas(operation.getRequestBody().getContent());
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull);
        return Stream.concat(body, parameters);
    }

    private static Stream<Schema> answerSchemas(Operation operation) {
        return operation.getResponses() == null || operation.getResponses().getAPIResponses() == null ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream().flatMap(answer -> contentSchemas(answer.getContent()));
    }

    private static Stream<Schema> contentSchemas(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(media -> media.getSchema()).filter(Objects::nonNull);
    }

    /** The names of the component schemas these schemas refer to, directly or through others. */
    private static Set<String> reachable(Map<String, Schema> schemas, Stream<Schema> roots) {
        Set<String> names = new HashSet<>();
        List<Schema> pending = new ArrayList<>(roots.toList());
        while (!pending.isEmpty()) {
            Schema schema = pending.removeLast();
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT)) {
                String name = schema.getRef().substring(COMPONENT.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).forEach(pending::addAll);
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot()).filter(Objects::nonNull).forEach(pending::add);
        }
        return names;
    }
}
