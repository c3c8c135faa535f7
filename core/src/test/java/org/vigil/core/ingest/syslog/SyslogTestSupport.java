package org.vigil.core.ingest.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Real sockets and bounded waits for the listener tests: nothing sleeps a fixed time. */
final class SyslogTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private SyslogTestSupport() {}

    /** A listener on free loopback ports, both transports. */
    static SyslogListenerConfig ephemeral() {
        return SyslogListenerConfig.defaults().withUdpPort(0).withTcpPort(0);
    }

    /** Polls the statistics until they satisfy {@code condition}; fails with the last statistics after 10 s. */
    static SyslogListenerStats awaitStats(SyslogListener listener, Predicate<SyslogListenerStats> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        SyslogListenerStats stats = listener.stats();
        while (!condition.test(stats)) {
            if (System.nanoTime() > deadline) {
                fail("statistics did not reach the expected state within " + PATIENCE + ": " + stats);
            }
            LockSupport.parkNanos(1_000_000);
            stats = listener.stats();
        }
        return stats;
    }

    /** Waits until every message received has been delivered, rejected or dropped. */
    static SyslogListenerStats awaitSettled(SyslogListener listener, long received) {
        return awaitStats(
                listener, s -> s.received() == received && s.delivered() + s.rejected() + s.dropped() == received);
    }

    static void sendUdp(SyslogListener listener, byte[]... datagrams) throws IOException {
        InetSocketAddress target = listener.udpAddress().orElseThrow();
        try (DatagramSocket socket = new DatagramSocket()) {
            for (byte[] datagram : datagrams) {
                socket.send(new DatagramPacket(datagram, datagram.length, target));
            }
        }
    }

    static Socket connectTcp(SyslogListener listener) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true); // each write leaves as its own segment, so frames really are split
        socket.connect(listener.tcpAddress().orElseThrow());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    static void write(Socket socket, String text) throws IOException {
        write(socket, utf8(text));
    }

    static void write(Socket socket, byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 6587 octet counting: the message's length in bytes, a space, the message. */
    static String octetCounted(String message) {
        return utf8(message).length + " " + message;
    }

    /** The listener closed the connection: the client reads end-of-stream (or a reset, if data was still unread). */
    static void assertClosedByListener(Socket socket) throws IOException {
        try {
            assertThat(socket.getInputStream().read()).as("end of stream").isEqualTo(-1);
        } catch (SocketTimeoutException e) {
            fail("the listener did not close the connection within " + READ_TIMEOUT_MILLIS + " ms");
        } catch (SocketException e) {
            // "Connection reset": closed while our bytes were still unread, which is closing too.
        }
    }

    static boolean noListenerThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith(SyslogThreads.NAME_PREFIX));
    }
}
