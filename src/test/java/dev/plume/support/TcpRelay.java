package dev.plume.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay to a server that a test can cut (every connection closed, new ones
 * refused) and join again on the same port: a network outage between a client and its server.
 */
public final class TcpRelay implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    public TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.port = RedisServer.freePort();
        join();
    }

    public int port() {
        return port;
    }

    /** Starts relaying again, on the same port. */
    public synchronized void join() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        listener = server;
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    relay(server.accept(), server);
                }
            } catch (IOException cut) {
                // the listener was closed
            }
        });
    }

    private synchronized void relay(Socket client, ServerSocket server) throws IOException {
        if (server.isClosed()) {
            // accepted just before the cut
            client.close();
            return;
        }
        try {
            Socket upstream = new Socket("127.0.0.1", targetPort);
            sockets.add(client);
            sockets.add(upstream);
            pipe(client, upstream);
            pipe(upstream, client);
        } catch (IOException serverDown) {
            client.close();
        }
    }

    /** Closes every relayed connection and refuses new ones until {@link #join()}. */
    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException closed) {
                // one side went away
            }
        });
    }
}
