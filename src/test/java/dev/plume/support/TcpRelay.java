package dev.plume.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay to a server that a test can cut (every connection closed, new ones
 * dropped as soon as they arrive) and join again: a network outage between a client and its
 * server.
 *
 * <p>The listener stays bound through a cut: closed and bound again, its port is free for any
 * socket to take in between, and binding it once failed in CI with "Address already in use".
 */
public final class TcpRelay implements AutoCloseable {

    private final int targetPort;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private boolean cut;

    public TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    relay(listener.accept());
                }
            } catch (IOException closed) {
                // the relay was closed
            }
        });
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Relays new connections again. */
    public synchronized void join() {
        cut = false;
    }

    /** Closes every relayed connection and drops new ones until {@link #join()}. */
    public synchronized void cut() throws IOException {
        cut = true;
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /** Never throws: a connection it cannot relay is closed, and the relay goes on accepting. */
    private synchronized void relay(Socket client) {
        try {
            if (cut) {
                client.close();
                return;
            }
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            sockets.add(client);
            sockets.add(upstream);
            pipe(client, upstream);
            pipe(upstream, client);
        } catch (IOException serverDown) {
            try {
                client.close();
            } catch (IOException alreadyGone) {
                // nothing left to close
            }
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
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
