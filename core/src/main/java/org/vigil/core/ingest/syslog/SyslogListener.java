package org.vigil.core.ingest.syslog;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives syslog messages from monitors over UDP (RFC 5426) and TCP (RFC 6587) and hands them,
 * in receive order, to a {@link SyslogSink} on one delivery thread. Between the network and the
 * sink sits a bounded queue: when the sink falls behind, new messages are dropped and counted, so
 * memory stays bounded and the network threads never wait. {@link #stats()} tells what happened.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #close()} any number of times. Closing stops the
 * network threads and closes every socket, then lets the sink have what is already queued (for at
 * most {@link #DRAIN_TIMEOUT}; what is still queued after that is discarded and counted as dropped).
 */
public final class SyslogListener implements Closeable {

    /** How long {@link #close()} lets the sink work through the queue before discarding the rest. */
    public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    /** Network threads end as soon as their sockets close; this only guards against a stuck thread. */
    private static final Duration NETWORK_STOP_TIMEOUT = Duration.ofSeconds(5);

    private enum State {
        NEW,
        RUNNING,
        CLOSED
    }

    private final SyslogListenerConfig config;
    private final SyslogSink sink;
    private final ListenerCounters counters = new ListenerCounters();
    private final Inbox inbox;
    private final Object lifecycle = new Object();
    private State state = State.NEW;
    private DatagramSocket udpSocket;
    private ServerSocket tcpServer;
    private TcpAcceptor acceptor;
    private Thread udpThread;
    private Thread acceptorThread;
    private Thread deliveryThread;
    private volatile InetSocketAddress udpAddress;
    private volatile InetSocketAddress tcpAddress;

    public SyslogListener(SyslogListenerConfig config, SyslogSink sink) {
        this.config = Objects.requireNonNull(config, "config");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.inbox = new Inbox(config.queueCapacity(), config.maxQueuedBytes(), counters);
    }

    /**
     * Binds the configured ports and starts receiving. If a port cannot be bound, nothing stays
     * bound and the listener is closed.
     *
     * @throws BindException naming the transport, address and port (e.g. when the port is taken)
     * @throws IllegalStateException if the listener was started or closed before
     */
    public void start() throws IOException {
        synchronized (lifecycle) {
            if (state != State.NEW) {
                throw new IllegalStateException("a syslog listener starts only once; this one is "
                        + (state == State.RUNNING ? "running" : "closed"));
            }
            state = State.CLOSED; // until everything is bound: a failed start leaves nothing to close
            try {
                if (config.udpEnabled()) {
                    udpSocket = bindUdp();
                    udpAddress = (InetSocketAddress) udpSocket.getLocalSocketAddress();
                }
                if (config.tcpEnabled()) {
                    tcpServer = bindTcp();
                    tcpAddress = (InetSocketAddress) tcpServer.getLocalSocketAddress();
                }
            } catch (IOException e) {
                closeQuietly(udpSocket);
                udpAddress = null;
                throw e;
            }
            startThreads();
            state = State.RUNNING;
        }
    }

    /** The bound UDP address (with the actual port if 0 was configured); empty before start or without UDP. */
    public Optional<InetSocketAddress> udpAddress() {
        return Optional.ofNullable(udpAddress);
    }

    /** The bound TCP address (with the actual port if 0 was configured); empty before start or without TCP. */
    public Optional<InetSocketAddress> tcpAddress() {
        return Optional.ofNullable(tcpAddress);
    }

    /** The counters now; safe from any thread at any time. */
    public SyslogListenerStats stats() {
        return counters.snapshot(inbox);
    }

    /**
     * Stops receiving, closes all sockets, delivers what is already queued (at most {@link
     * #DRAIN_TIMEOUT}) and ends the listener's threads. Does nothing if already closed; may be
     * called from the sink (it then does not wait for the delivery thread it runs on).
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            closeQuietly(udpSocket);
            closeQuietly(tcpServer);
            SyslogThreads.join(udpThread, NETWORK_STOP_TIMEOUT);
            SyslogThreads.join(acceptorThread, NETWORK_STOP_TIMEOUT);
            if (acceptor != null) {
                acceptor.closeConnections(NETWORK_STOP_TIMEOUT);
            }
            inbox.finish();
            if (!SyslogThreads.join(deliveryThread, DRAIN_TIMEOUT)) {
                inbox.discardAll();
                deliveryThread.interrupt();
            }
        }
    }

    private DatagramSocket bindUdp() throws IOException {
        InetSocketAddress address = new InetSocketAddress(config.bindAddress(), config.udpPort());
        DatagramSocket socket = new DatagramSocket(null);
        try {
            socket.bind(address);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw cannotBind("UDP", config.udpPort(), e);
        }
    }

    private ServerSocket bindTcp() throws IOException {
        InetSocketAddress address = new InetSocketAddress(config.bindAddress(), config.tcpPort());
        ServerSocket server = new ServerSocket();
        try {
            server.bind(address);
            return server;
        } catch (IOException e) {
            server.close();
            throw cannotBind("TCP", config.tcpPort(), e);
        }
    }

    private BindException cannotBind(String transport, int port, IOException cause) {
        BindException failure = new BindException("cannot listen for syslog on " + transport + " "
                + hostPort(config.bindAddress(), port) + ": " + cause.getMessage());
        failure.initCause(cause);
        return failure;
    }

    private void startThreads() {
        deliveryThread = SyslogThreads.start("delivery", new MessageDelivery(inbox, sink, config.format(), counters));
        if (udpSocket != null) {
            String source = "syslog+udp://" + hostPort(udpAddress.getAddress(), udpAddress.getPort());
            udpThread = SyslogThreads.start(
                    "udp-" + udpAddress.getPort(),
                    new UdpReceiver(udpSocket, source, config.maxMessageBytes(), inbox, counters));
        }
        if (tcpServer != null) {
            String source = "syslog+tcp://" + hostPort(tcpAddress.getAddress(), tcpAddress.getPort());
            acceptor = new TcpAcceptor(tcpServer, source, config, inbox, counters);
            acceptorThread = SyslogThreads.start("tcp-" + tcpAddress.getPort() + "-acceptor", acceptor);
        }
    }

    /** {@code 127.0.0.1:5514}, {@code [::1]:5514}: the listener's own address, a stable source identity. */
    static String hostPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static void closeQuietly(Closeable socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that was wanted; a socket that fails to close is gone for us either way.
        }
    }
}
