package dev.plume.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Names each bean-validation failure of a resource call the way a client sees it: the query,
 * path or header parameter's name, or the body property's path ({@code tags[2]}).
 */
final class InvalidInput {

    private InvalidInput() {
    }

    /** Empty when a violation is not the client's fault: a return value broke its contract. */
    static Optional<Problem> problem(ConstraintViolationException e, SimpleResourceInfo resource) {
        Method method = resourceMethod(resource);
        if (e.getConstraintViolations().stream().anyMatch(InvalidInput::onReturnValue)) {
            return Optional.empty();
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> violation(violation, method))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return Optional.of(Problems.invalid(violations));
    }

    /** Null outside a resource call; then parameters are named as declared and taken for the body. */
    private static Method resourceMethod(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static Problem.Violation violation(ConstraintViolation<?> violation, Method method) {
        String in = "body";
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    Annotation[] annotations = method == null ? new Annotation[0]
                            : method.getParameterAnnotations()[node.as(Path.ParameterNode.class).getParameterIndex()];
                    parameter = node.getName();
                    for (Annotation annotation : annotations) {
                        switch (annotation) {
                            case QueryParam query -> { in = "query"; parameter = query.value(); }
                            case PathParam path -> { in = "path"; parameter = path.value(); }
                            case HeaderParam header -> { in = "header"; parameter = header.value(); }
                            case CookieParam cookie -> { in = "cookie"; parameter = cookie.value(); }
                            case FormParam form -> { in = "form"; parameter = form.value(); }
                            default -> { }
                        }
                    }
                }
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null && !property.isEmpty()) {
                        property.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        property.append(property.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
                default -> { }
            }
        }
        String field = !property.isEmpty() ? property.toString() : parameter != null ? parameter : "body";
        return new Problem.Violation(field, in, violation.getMessage());
    }
}
