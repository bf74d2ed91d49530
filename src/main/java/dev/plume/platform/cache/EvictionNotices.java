package dev.plume.platform.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Evictions of instance caches announced by PostgreSQL (payload {@code <cache>:<key>} on the
 * channel {@value #CHANNEL}, sent by triggers when a change commits), applied to this
 * instance's memory within milliseconds, whichever instance or tool made the change. One
 * connection of its own, straight to the database (the direct URL when one is set: a pooler
 * in transaction mode does not deliver notifications), opened at start when the instance serves
 * HTTP (the command line serves nothing, caches nothing, and listens to nothing). Notices sent while it
 * is disconnected are lost, so every (re)connection empties the instance caches.
 */
@ApplicationScoped
class EvictionNotices {

    static final String CHANNEL = "plume_evictions";
    private static final Logger LOG = Logger.getLogger(EvictionNotices.class);
    private static final long RETRY_MILLIS = 1000;

    private final CacheManager caches;
    private final LocalCaches local;
    private final List<String> instanceCaches;
    private final boolean enabled;
    private final boolean serving;
    private final String url;
    private final Properties credentials = new Properties();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile Connection connection;

    EvictionNotices(CacheManager caches, LocalCaches local,
                    @ConfigProperty(name = "plume.cache.instance-caches") List<String> instanceCaches,
                    @ConfigProperty(name = "plume.cache.enabled") boolean enabled,
                    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving,
                    @ConfigProperty(name = "quarkus.datasource.jdbc.url") String datasourceUrl,
                    @ConfigProperty(name = "quarkus.datasource.username") Optional<String> datasourceUser,
                    @ConfigProperty(name = "quarkus.datasource.password") Optional<String> datasourcePassword,
                    @ConfigProperty(name = "quarkus.flyway.jdbc-url") Optional<String> directUrl,
                    @ConfigProperty(name = "quarkus.flyway.username") Optional<String> directUser,
                    @ConfigProperty(name = "quarkus.flyway.password") Optional<String> directPassword) {
        this.caches = caches;
        this.local = local;
        this.instanceCaches = instanceCaches;
        this.enabled = enabled;
        this.serving = serving;
        this.url = directUrl.orElse(datasourceUrl);
        Optional<String> user = directUrl.isPresent() ? directUser.or(() -> datasourceUser) : datasourceUser;
        Optional<String> password = directUrl.isPresent() ? directPassword.or(() -> datasourcePassword) : datasourcePassword;
        user.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("ApplicationName", "plume-eviction-notices");
    }

    boolean isInstanceCache(Cache cache) {
        return instanceCaches.contains(cache.getName());
    }

    void listen(@Observes StartupEvent start) {
        if (serving && enabled && !instanceCaches.isEmpty() && started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("plume-eviction-notices").start(this::run);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing is what stops the listening thread; its error says nothing more
            }
        }
    }

    private void run() {
        boolean warned = false;
        while (!stopping) {
            try (Connection c = new org.postgresql.Driver().connect(url, credentials)) {
                connection = c;
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                instanceCaches.forEach(name -> caches.getCache(name).ifPresent(local::invalidateAll));
                if (warned) {
                    LOG.info("Listening to cache evictions again; instance caches emptied");
                    warned = false;
                }
                PGConnection notices = c.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] received = notices.getNotifications((int) RETRY_MILLIS);
                    if (received != null) {
                        for (PGNotification notice : received) {
                            evict(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                if (!warned) {
                    LOG.warnf("Cache evictions from other instances are not heard (%s); retrying every second",
                            e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
    }

    private void evict(String notice) {
        int separator = notice.indexOf(':');
        if (separator < 0) {
            return;
        }
        String name = notice.substring(0, separator);
        if (instanceCaches.contains(name)) {
            caches.getCache(name).ifPresent(cache -> local.invalidate(cache, notice.substring(separator + 1)));
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
