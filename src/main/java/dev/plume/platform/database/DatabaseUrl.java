package dev.plume.platform.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A database location as Prisma and Neon users write it
 * ({@code postgresql://user:pass@host:port/db?sslmode=require}) or as JDBC does.
 * {@code pgbouncer=true} is Prisma's flag for a transaction-mode pooler: the driver is then
 * told not to use server-side prepared statements ({@code prepareThreshold=0}), which a
 * pooler that hands each transaction to any server connection cannot keep.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> username, Optional<String> password, boolean pooled) {

    public static DatabaseUrl parse(String value) {
        String url = value.trim();
        if (url.startsWith("jdbc:")) {
            return new DatabaseUrl(url, Optional.empty(), Optional.empty(), url.contains("pgbouncer=true"));
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgresql://, postgres:// or jdbc:postgresql:// (got " + redact(url) + ")");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + redact(url), e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL names no host: " + redact(url));
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        boolean pooled = false;
        List<String> driverParams = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String param : uri.getRawQuery().split("&")) {
                if (param.isEmpty()) {
                    continue;
                }
                if (param.equals("pgbouncer=true")) {
                    pooled = true;
                } else if (!param.startsWith("pgbouncer=") && !param.startsWith("connection_limit=")
                        && !param.startsWith("schema=")) {
                    driverParams.add(param);
                }
            }
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        jdbc.append(path == null || path.isEmpty() ? "/postgres" : path);
        if (pooled) {
            driverParams.add("prepareThreshold=0");
        }
        if (!driverParams.isEmpty()) {
            jdbc.append('?').append(String.join("&", driverParams));
        }
        return new DatabaseUrl(jdbc.toString(), user, password, pooled);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("//([^:/@]+):[^@]*@", "//$1:***@");
    }
}
