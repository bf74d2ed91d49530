package dev.plume.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error answer particular to one operation (an owner check's 403, a taken name's 409, a
 * limit's 429), for the OpenAPI document: ProblemResponses adds it, as problem+json, beside the
 * answers every operation of its kind gives. (An {@code @APIResponse} for it would stop SmallRye
 * from documenting the operation's success answer by itself.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ErrorAnswer.List.class)
public @interface ErrorAnswer {

    int status();

    String description();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        ErrorAnswer[] value();
    }
}
