package dev.plume.platform.redis;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A way to Redis over the quarkus-redis-client's client (one for the shared caches, one for the
 * shared rate limits): every call bounded by a timeout, and after a failure a pause in which
 * callers are told not to try, so that a Redis that is down or silent costs requests a check, not
 * a wait.
 */
public final class RedisConnection {

    private static final Logger LOG = Logger.getLogger(RedisConnection.class);
    public static final long TIMEOUT_MS = 2_000;
    private static final long PAUSE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long RECOVERY_RETRY_MS = 500;

    private final Vertx vertx;
    private final Redis client;
    private final Supplier<List<Request>> afterOutage;
    /** Set at each failure or unsent invalidation; cleared by the {@code afterOutage} commands sent after it. */
    private final AtomicReference<Object> outage = new AtomicReference<>();
    private final AtomicBoolean recovering = new AtomicBoolean();
    private volatile long pausedSince = System.nanoTime() - PAUSE_NANOS;

    /**
     * {@code client}: one that connects on first use (no round trip before the HTTP port opens).
     * {@code afterOutage}: the commands sent after a failure (a PING when there are none), before
     * any other call and, without waiting for one, every half second until Redis takes them.
     */
    public RedisConnection(Vertx vertx, Redis client, Supplier<List<Request>> afterOutage) {
        this.vertx = vertx;
        this.client = client;
        this.afterOutage = afterOutage;
    }

    /** Whether Redis failed a moment ago: callers go without it until the pause is over. */
    public boolean paused() {
        return System.nanoTime() - pausedSince < PAUSE_NANOS;
    }

    public Future<Response> send(Request request) {
        return back().compose(ignored -> bounded(client.send(request)));
    }

    /** A caller did not send what Redis should have had (an invalidation during the pause): recover as after a failure. */
    public void owe() {
        outage.set(new Object());
        recoverSoon();
    }

    private Future<?> back() {
        Object owed = outage.get();
        if (owed == null) {
            return Future.succeededFuture();
        }
        List<Request> commands = afterOutage.get();
        return bounded(client.batch(commands.isEmpty() ? List.of(Request.cmd(Command.PING)) : commands)).onSuccess(ignored -> {
            // a failure after these commands were sent is owed again
            if (outage.compareAndSet(owed, null)) {
                LOG.info("Redis answers again");
            }
        });
    }

    private void recoverSoon() {
        if (!recovering.compareAndSet(false, true)) {
            return;
        }
        vertx.setPeriodic(RECOVERY_RETRY_MS, timer -> {
            if (outage.get() != null) {
                back();
                return;
            }
            vertx.cancelTimer(timer);
            recovering.set(false);
            if (outage.get() != null) {
                recoverSoon();
            }
        });
    }

    private <T> Future<T> bounded(Future<T> call) {
        return call.timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).onFailure(this::failed);
    }

    private void failed(Throwable cause) {
        pausedSince = System.nanoTime();
        if (outage.getAndSet(new Object()) == null) {
            LOG.warnf("Redis cannot be reached; caches and rate limits do without it until it is back: %s", cause.getMessage());
        }
        recoverSoon();
    }

    /** The answer, delivered on the caller's context, where a loader's CDI request context lives. */
    public static <T> Uni<T> onContext(Context caller, Future<T> future) {
        return Uni.createFrom().emitter(emitter -> future.onComplete(result -> {
            Runnable deliver = () -> {
                if (result.succeeded()) {
                    emitter.complete(result.result());
                } else {
                    emitter.fail(result.cause());
                }
            };
            if (caller == null || caller == Vertx.currentContext()) {
                deliver.run();
            } else {
                caller.runOnContext(ignored -> deliver.run());
            }
        }));
    }

    /** Blocking, for worker threads; the call's own timeout bounds the wait. */
    public static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_MS + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Redis", e);
        } catch (Exception e) {
            throw new IllegalStateException("Redis did not answer: " + e.getMessage(), e);
        }
    }
}
