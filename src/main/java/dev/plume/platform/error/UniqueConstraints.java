package dev.plume.platform.error;

import java.util.Map;

/**
 * A feature's unique constraints (their names in the migrations) and the field each one guards,
 * so that a value a concurrent writer took first is answered 409 naming the field. Features
 * provide beans of this type; the mappers read them all.
 */
public interface UniqueConstraints {

    Map<String, String> fieldsByConstraint();
}
