package dev.plume.platform.error;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.exception.ConstraintViolationException;

import java.util.Map;

/**
 * A unique constraint that a concurrent writer won is a 409 naming the field, never a 500.
 * The constraint names are those of the migrations.
 */
@Provider
@Priority(Priorities.USER)
public class UniqueViolationMapper extends ExceptionMapperBase<ConstraintViolationException> {

    private static final Map<String, String> FIELDS = Map.of(
            "users_email_key", "email",
            "users_email_lower_key", "email",
            "posts_slug_key", "slug",
            "categories_name_key", "name",
            "categories_slug_key", "slug",
            "tags_name_key", "name",
            "tags_slug_key", "slug",
            "accounts_provider_provider_account_id_key", "providerAccountId");

    @Override
    protected HttpProblem toProblem(ConstraintViolationException exception) {
        String field = FIELDS.get(exception.getConstraintName());
        if (field == null || exception.getKind() != ConstraintViolationException.ConstraintKind.UNIQUE) {
            throw exception;
        }
        return Problems.conflict(field, "is already taken");
    }
}
