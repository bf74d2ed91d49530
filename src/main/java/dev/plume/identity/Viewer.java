package dev.plume.identity;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.UUID;

/** The signed-in user a request acts for, as its bearer token's session names it. */
@RegisterForReflection
public record Viewer(UUID id, String name, String image, Role role) implements Actor {

    static final String ATTRIBUTE = "plume.viewer";

    /** The viewer of an authenticated request; callers are guarded by a security annotation. */
    public static Viewer of(SecurityIdentity identity) {
        return identity.getAttribute(ATTRIBUTE);
    }

    /** Whether the viewer owns the object, or holds a role that may change anybody's. */
    public boolean mayChange(UUID ownerId, Role overridingRole) {
        return id.equals(ownerId) || role.atLeast(overridingRole);
    }
}
