package dev.plume.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles in rising order of power: each role may do everything the roles below it may. */
public enum Role {
    USER, MODERATOR, ADMIN, SUPER_ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role below it, as security role names. */
    public Set<String> grantedRoleNames() {
        return Arrays.stream(values()).filter(this::atLeast).map(Enum::name).collect(Collectors.toSet());
    }
}
