package dev.plume.identity.authjs;

import dev.plume.identity.SessionTokens;
import dev.plume.platform.error.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Lets a call through only with {@code X-Plume-Adapter-Secret} equal to {@code AUTHJS_SECRET},
 * compared in constant time (the digests of both are compared, so not even the length leaks).
 * Without a configured secret the adapter API does not exist.
 */
@Provider
@AdapterSecretRequired
public class AdapterSecretFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Plume-Adapter-Secret";

    private final Optional<byte[]> secretDigest;

    AdapterSecretFilter(@ConfigProperty(name = "plume.authjs.secret") Optional<String> secret) {
        this.secretDigest = secret.filter(s -> !s.isBlank()).map(AdapterSecretFilter::digest);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (secretDigest.isEmpty()) {
            throw Problems.notFound("The Auth.js adapter API is not enabled (set AUTHJS_SECRET)");
        }
        String presented = request.getHeaderString(HEADER);
        if (presented == null || !MessageDigest.isEqual(secretDigest.get(), digest(presented))) {
            throw Problems.unauthorized("Missing or wrong " + HEADER);
        }
    }

    private static byte[] digest(String value) {
        return SessionTokens.hash(value).getBytes(StandardCharsets.US_ASCII);
    }
}
