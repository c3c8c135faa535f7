package org.vigil.core.ingest.syslog;

import java.net.InetAddress;
import org.vigil.core.feed.FeedFormat;

/**
 * Where a {@link SyslogListener} listens and how much it may hold. Syslog has no authentication,
 * so the default address is the loopback address: monitors on other machines can send only when a
 * caller names another address on purpose.
 *
 * @param bindAddress the local address to listen on
 * @param udpPort UDP port, 0 for any free port, {@link #DISABLED} for no UDP
 * @param tcpPort TCP port, 0 for any free port, {@link #DISABLED} for no TCP
 * @param queueCapacity messages held between the network and the sink; more are dropped
 * @param maxQueuedBytes bytes of message text held in the queue; more are dropped
 * @param maxConnections TCP connections open at once; more are refused
 * @param maxMessageBytes the longest message accepted; longer ones are rejected
 * @param format the format named in rejects (the caller decides which parser reads the messages)
 */
public record SyslogListenerConfig(
        InetAddress bindAddress,
        int udpPort,
        int tcpPort,
        int queueCapacity,
        long maxQueuedBytes,
        int maxConnections,
        int maxMessageBytes,
        FeedFormat format) {

    /** A port value that switches that transport off. */
    public static final int DISABLED = -1;

    /** Not a privileged port, so Vigil needs no administrator rights; monitors are pointed at it. */
    public static final int DEFAULT_PORT = 5514;

    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    public static final long DEFAULT_MAX_QUEUED_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    /** The record limit of every other feed (docs/feeds.md), so a syslog message is never treated differently. */
    public static final int MAX_MESSAGE_BYTES = 1024 * 1024;

    /** RFC 5426 requires every receiver to accept messages of 480 bytes. */
    public static final int MIN_MESSAGE_BYTES = 480;

    public SyslogListenerConfig {
        if (bindAddress == null) {
            throw new IllegalArgumentException(
                    "bindAddress: required (InetAddress.getLoopbackAddress() accepts messages from this machine only)");
        }
        if (format == null) {
            throw new IllegalArgumentException("format: required (the format rejected messages are reported as)");
        }
        checkPort("udpPort", udpPort);
        checkPort("tcpPort", tcpPort);
        if (udpPort == DISABLED && tcpPort == DISABLED) {
            throw new IllegalArgumentException("udpPort and tcpPort are both disabled: there is nothing to listen on");
        }
        checkAtLeast("queueCapacity", queueCapacity, 1);
        checkAtLeast("maxConnections", maxConnections, 1);
        if (maxMessageBytes < MIN_MESSAGE_BYTES || maxMessageBytes > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("maxMessageBytes: " + maxMessageBytes + " is not between "
                    + MIN_MESSAGE_BYTES + " (RFC 5426) and " + MAX_MESSAGE_BYTES + " (the record limit of every feed)");
        }
        if (maxQueuedBytes < maxMessageBytes) {
            throw new IllegalArgumentException("maxQueuedBytes: " + maxQueuedBytes + " is less than maxMessageBytes ("
                    + maxMessageBytes + "), so a message of the largest allowed size could never be queued");
        }
    }

    /** Loopback, UDP and TCP on 5514, 10,000 queued messages or 64 MiB, 64 connections, 1 MiB messages, CEF. */
    public static SyslogListenerConfig defaults() {
        return new SyslogListenerConfig(
                InetAddress.getLoopbackAddress(),
                DEFAULT_PORT,
                DEFAULT_PORT,
                DEFAULT_QUEUE_CAPACITY,
                DEFAULT_MAX_QUEUED_BYTES,
                DEFAULT_MAX_CONNECTIONS,
                MAX_MESSAGE_BYTES,
                FeedFormat.CEF);
    }

    public SyslogListenerConfig withBindAddress(InetAddress address) {
        return new SyslogListenerConfig(
                address, udpPort, tcpPort, queueCapacity, maxQueuedBytes, maxConnections, maxMessageBytes, format);
    }

    public SyslogListenerConfig withUdpPort(int port) {
        return new SyslogListenerConfig(
                bindAddress, port, tcpPort, queueCapacity, maxQueuedBytes, maxConnections, maxMessageBytes, format);
    }

    public SyslogListenerConfig withTcpPort(int port) {
        return new SyslogListenerConfig(
                bindAddress, udpPort, port, queueCapacity, maxQueuedBytes, maxConnections, maxMessageBytes, format);
    }

    public SyslogListenerConfig withQueueCapacity(int capacity) {
        return new SyslogListenerConfig(
                bindAddress, udpPort, tcpPort, capacity, maxQueuedBytes, maxConnections, maxMessageBytes, format);
    }

    public SyslogListenerConfig withMaxQueuedBytes(long bytes) {
        return new SyslogListenerConfig(
                bindAddress, udpPort, tcpPort, queueCapacity, bytes, maxConnections, maxMessageBytes, format);
    }

    public SyslogListenerConfig withMaxConnections(int connections) {
        return new SyslogListenerConfig(
                bindAddress, udpPort, tcpPort, queueCapacity, maxQueuedBytes, connections, maxMessageBytes, format);
    }

    public SyslogListenerConfig withMaxMessageBytes(int bytes) {
        return new SyslogListenerConfig(
                bindAddress, udpPort, tcpPort, queueCapacity, maxQueuedBytes, maxConnections, bytes, format);
    }

    public SyslogListenerConfig withFormat(FeedFormat feedFormat) {
        return new SyslogListenerConfig(
                bindAddress,
                udpPort,
                tcpPort,
                queueCapacity,
                maxQueuedBytes,
                maxConnections,
                maxMessageBytes,
                feedFormat);
    }

    public boolean udpEnabled() {
        return udpPort != DISABLED;
    }

    public boolean tcpEnabled() {
        return tcpPort != DISABLED;
    }

    private static void checkPort(String name, int port) {
        if (port != DISABLED && (port < 0 || port > 65_535)) {
            throw new IllegalArgumentException(
                    name + ": " + port + " is not a port (0-65535; 0 = any free port, " + DISABLED + " = disabled)");
        }
    }

    private static void checkAtLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + ": " + value + " is less than " + minimum);
        }
    }
}
