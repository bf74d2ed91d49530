package dev.plume.platform.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

/** How Plume's config source factories read the variables they translate, and where their settings rank. */
public final class Variables {

    /** Above application.properties (250), below explicit QUARKUS_* variables and system properties (300, 400). */
    public static final int ORDINAL = 275;

    private Variables() {
    }

    /** The variable's value, or null when it is unset or blank. */
    public static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
