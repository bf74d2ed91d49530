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

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
