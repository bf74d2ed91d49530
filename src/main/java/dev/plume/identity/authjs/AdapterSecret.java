package dev.plume.identity.authjs;

import dev.plume.identity.SessionTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code AUTHJS_SECRET}, read when first needed (at run time: a native image's JAX-RS
 * filters are built at build time, before the environment is known).
 */
@ApplicationScoped
class AdapterSecret {

    private final Optional<byte[]> digest;

    AdapterSecret(@ConfigProperty(name = "plume.authjs.secret") Optional<String> secret) {
        this.digest = secret.filter(s -> !s.isBlank()).map(AdapterSecret::digest);
    }

    boolean configured() {
        return digest.isPresent();
    }

    /** Compares digests, in constant time, so that not even the length of the secret leaks. */
    boolean matches(String presented) {
        return presented != null && digest.isPresent() && MessageDigest.isEqual(digest.get(), digest(presented));
    }

    private static byte[] digest(String value) {
        return SessionTokens.hash(value).getBytes(StandardCharsets.US_ASCII);
    }
}
