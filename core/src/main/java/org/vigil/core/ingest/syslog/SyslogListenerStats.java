package org.vigil.core.ingest.syslog;

/**
 * What a {@link SyslogListener} has seen so far. Every message received ends up in exactly one of
 * delivered, rejected or dropped, or is still queued or with the sink: once the flow stops and the
 * sink is done, {@code received = delivered + rejected + dropped}. {@code received}, {@code
 * dropped}, {@code oversize} and {@code queueDepth} are read together and always agree; while
 * messages flow, {@code received - dropped - queueDepth} may exceed {@code delivered + rejected}
 * by the messages the sink is working on.
 *
 * @param received messages (and broken frames) taken off the network; blank ones are ignored
 * @param delivered messages handed to {@link SyslogSink#message} (counted when the sink returns)
 * @param rejected messages handed to {@link SyslogSink#rejected} (counted when the sink returns)
 * @param dropped messages discarded because the queue was full (or still queued when closing timed out)
 * @param oversize messages longer than the limit (they are rejected, or dropped if the queue was full)
 * @param connectionsOpen TCP connections open now
 * @param connectionsRefused TCP connections closed at once because {@code maxConnections} were open
 * @param queueDepth messages waiting for the sink now
 * @param bytesReceived bytes read from the network, framing included
 * @param sinkFailures calls to the sink that threw (the message still counts as delivered or rejected)
 */
public record SyslogListenerStats(
        long received,
        long delivered,
        long rejected,
        long dropped,
        long oversize,
        int connectionsOpen,
        long connectionsRefused,
        int queueDepth,
        long bytesReceived,
        long sinkFailures) {}
