package org.vigil.core.ingest.syslog;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;

/** Reads datagrams until its socket is closed: one datagram is one message (RFC 5426). */
final class UdpReceiver implements Runnable {

    /** No UDP payload is longer (65,535 minus the UDP header), so a larger buffer would never fill. */
    private static final int LARGEST_DATAGRAM = 65_536;

    private final DatagramSocket socket;
    private final String source;
    private final int maxMessageBytes;
    private final Inbox inbox;
    private final ListenerCounters counters;

    UdpReceiver(DatagramSocket socket, String source, int maxMessageBytes, Inbox inbox, ListenerCounters counters) {
        this.socket = socket;
        this.source = source;
        this.maxMessageBytes = maxMessageBytes;
        this.inbox = inbox;
        this.counters = counters;
    }

    @Override
    public void run() {
        // One byte more than the limit: a datagram that fills it is too long (the rest is cut off by the socket).
        byte[] buffer = new byte[Math.min(maxMessageBytes + 1, LARGEST_DATAGRAM)];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            packet.setLength(buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                continue; // closed by the listener (the loop ends) or a transient error: the next datagram may be fine
            }
            int length = packet.getLength();
            counters.bytesReceived.addAndGet(length);
            if (length > maxMessageBytes) {
                inbox.offer(Inbound.oversize(source, -1, maxMessageBytes, buffer, length));
            } else {
                Inbound.Message message = Inbound.message(source, buffer, length);
                if (message != null) {
                    inbox.offer(message);
                }
            }
        }
    }
}
