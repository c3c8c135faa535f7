package org.vigil.core.ingest.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/** Reads one TCP connection until the peer closes it, the framing breaks or the listener closes it. */
final class TcpConnection implements Runnable {

    private static final int READ_BUFFER_BYTES = 16 * 1024;

    private final Socket socket;
    private final TcpFrameDecoder decoder;
    private final ListenerCounters counters;
    private final Runnable onClosed;

    TcpConnection(Socket socket, TcpFrameDecoder decoder, ListenerCounters counters, Runnable onClosed) {
        this.socket = socket;
        this.decoder = decoder;
        this.counters = counters;
        this.onClosed = onClosed;
    }

    @Override
    public void run() {
        try (Socket closedAtEnd = socket;
                InputStream in = closedAtEnd.getInputStream()) {
            byte[] buffer = new byte[READ_BUFFER_BYTES];
            int read;
            while ((read = in.read(buffer)) != -1) {
                counters.bytesReceived.addAndGet(read);
                if (!decoder.feed(buffer, 0, read)) {
                    return; // after a bad octet count the next frame cannot be found: closing tells the sender
                }
            }
            decoder.endOfStream();
        } catch (IOException e) {
            // Reset by the peer or closed by the listener: there is nothing more to read either way.
        } finally {
            onClosed.run();
        }
    }
}
