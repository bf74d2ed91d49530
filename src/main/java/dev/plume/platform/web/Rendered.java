package dev.plume.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * An answer body as sent: its JSON and its strong ETag (a hash of those exact bytes). Cached
 * reads keep this form, so a cache hit is neither serialized nor hashed again.
 */
public record Rendered(byte[] json, String etag) {

    public static Rendered of(ObjectMapper mapper, Object value) {
        try {
            byte[] json = mapper.writeValueAsBytes(value);
            return new Rendered(json, etag(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
    }

    /** Cloned for each body: cheaper than looking the algorithm up among the security providers every time. */
    private static final MessageDigest SHA_256 = sha256();

    private static String etag(byte[] body) {
        try {
            byte[] digest = ((MessageDigest) SHA_256.clone()).digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
