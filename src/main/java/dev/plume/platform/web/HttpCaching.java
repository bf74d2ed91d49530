package dev.plume.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Arrays;

/**
 * HTTP caching of successful GETs (and HEADs): a strong ETag (a hash of the exact body), 304 Not Modified
 * for a matching If-None-Match, and Cache-Control fit for a CDN or a Next.js fetch cache on
 * public reads. Answers to requests that carry credentials are private. Cached reads arrive
 * already {@link Rendered}.
 */
public class HttpCaching {

    static final String PUBLIC = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";
    static final String PRIVATE = "private, no-cache";

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Rendered rendered = response.getEntity() instanceof Rendered cached ? cached : Rendered.of(json, response.getEntity());
        String etag = rendered.etag();
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? PUBLIC : PRIVATE);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(rendered.json(), null, MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(etag::equals);
    }
}
