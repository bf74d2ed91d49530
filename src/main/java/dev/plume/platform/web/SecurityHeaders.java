package dev.plume.platform.web;

import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The headers of {@code quarkus.http.header."<name>".value} (and {@code .path}), for answers
 * ended before Quarkus' own routes add them: a problem answered by a route that runs first, or a
 * failure no route got to answer.
 */
@Singleton
public class SecurityHeaders {

    private static final Pattern SETTING = Pattern.compile("quarkus\\.http\\.header\\.\"?([^\".]+)\"?\\.value");

    private final List<Header> headers;

    SecurityHeaders(Config config) {
        this.headers = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .map(SETTING::matcher).filter(Matcher::matches)
                .map(setting -> new Header(setting.group(1), config.getValue(setting.group(0), String.class),
                        config.getOptionalValue("quarkus.http.header.\"" + setting.group(1) + "\".path", String.class)
                                .orElse("/*").replaceAll("\\*$", "")))
                .toList();
    }

    void addTo(HttpServerResponse response, String path) {
        for (Header header : headers) {
            if (path.startsWith(header.pathPrefix()) && !response.headers().contains(header.name())) {
                response.putHeader(header.name(), header.value());
            }
        }
    }

    private record Header(String name, String value, String pathPrefix) {
    }
}
