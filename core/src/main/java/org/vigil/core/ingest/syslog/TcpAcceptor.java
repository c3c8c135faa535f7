package org.vigil.core.ingest.syslog;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts TCP connections until its server socket is closed, one reading thread per connection,
 * at most {@code maxConnections} at once: a connection beyond that is closed at once and counted.
 */
final class TcpAcceptor implements Runnable {

    /** A failing accept (e.g. no file descriptors left) is retried after a pause instead of spinning. */
    private static final long ACCEPT_RETRY_MILLIS = 100;

    private final ServerSocket server;
    private final String source;
    private final SyslogListenerConfig config;
    private final Inbox inbox;
    private final ListenerCounters counters;
    private final Map<Socket, Thread> connections = new ConcurrentHashMap<>();
    private long accepted;

    TcpAcceptor(
            ServerSocket server, String source, SyslogListenerConfig config, Inbox inbox, ListenerCounters counters) {
        this.server = server;
        this.source = source;
        this.config = config;
        this.inbox = inbox;
        this.counters = counters;
    }

    @Override
    public void run() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed() && !pauseAfterFailure()) {
                    return;
                }
                continue;
            }
            admit(socket);
        }
    }

    /** Closes every open connection and waits for its thread; call after the server socket is closed and this thread ended. */
    void closeConnections(Duration timeout) {
        connections.keySet().forEach(TcpAcceptor::closeQuietly);
        connections.values().forEach(thread -> SyslogThreads.join(thread, timeout));
    }

    private void admit(Socket socket) {
        // Only this thread opens connections, so the count cannot pass the limit between check and increment.
        if (counters.connectionsOpen.get() >= config.maxConnections()) {
            counters.connectionsRefused.incrementAndGet();
            closeQuietly(socket);
            return;
        }
        counters.connectionsOpen.incrementAndGet();
        TcpFrameDecoder decoder = new TcpFrameDecoder(source, config.maxMessageBytes(), inbox::offer);
        TcpConnection connection = new TcpConnection(socket, decoder, counters, () -> {
            connections.remove(socket);
            counters.connectionsOpen.decrementAndGet();
        });
        accepted++;
        Thread thread = SyslogThreads.create("tcp-" + server.getLocalPort() + "-connection-" + accepted, connection);
        connections.put(socket, thread); // before it starts, so the connection's own removal always comes after
        thread.start();
    }

    private static boolean pauseAfterFailure() {
        try {
            Thread.sleep(ACCEPT_RETRY_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that was wanted; a socket that fails to close is gone for us either way.
        }
    }
}
