package dev.plume.identity.authjs;

import dev.plume.platform.error.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a call through only with {@code X-Plume-Adapter-Secret} equal to {@code AUTHJS_SECRET}.
 * Without a configured secret the adapter API does not exist.
 */
@Provider
@AdapterSecretRequired
public class AdapterSecretFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Plume-Adapter-Secret";

    private final AdapterSecret secret;

    AdapterSecretFilter(AdapterSecret secret) {
        this.secret = secret;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!secret.configured()) {
            throw Problems.notFound("The Auth.js adapter API is not enabled (set AUTHJS_SECRET)");
        }
        if (!secret.matches(request.getHeaderString(HEADER))) {
            throw Problems.unauthorized("Missing or wrong " + HEADER);
        }
    }
}
