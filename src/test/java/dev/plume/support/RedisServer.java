package dev.plume.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A throwaway Debian redis-server on a free port, for the tests of the Redis cache backend.
 * Where it is not installed, those tests are reported as skipped, with why; with
 * {@code PLUME_REQUIRE_REDIS=true} (as .ci/run sets, having installed it) they fail instead.
 */
public final class RedisServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/redis-server");

    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Skips the calling test class when redis-server is not installed, or fails it where Redis is required. */
    public static void requireOrSkip() {
        String missing = BINARY + " is not installed (apt-get install redis-server; .ci/run does)";
        if (Files.isExecutable(BINARY)) {
            return;
        }
        if (Boolean.parseBoolean(System.getenv("PLUME_REQUIRE_REDIS"))) {
            throw new AssertionError(missing + ", and PLUME_REQUIRE_REDIS is set");
        }
        System.err.println("SKIPPED: " + missing);
        assumeTrue(false, missing);
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts one, or skips the calling test class when redis-server is not installed (requireOrSkip). */
    public static RedisServer startOrSkip() throws IOException, InterruptedException {
        requireOrSkip();
        return start();
    }

    static RedisServer start() throws IOException, InterruptedException {
        int port = freePort();
        Process process = new ProcessBuilder(BINARY.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("redis", ".log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new RedisServer(process, port);
            } catch (IOException notListeningYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroy();
                    throw new IllegalStateException("redis-server did not start on port " + port, notListeningYet);
                }
                Thread.sleep(20);
            }
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("redis-server did not stop");
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
