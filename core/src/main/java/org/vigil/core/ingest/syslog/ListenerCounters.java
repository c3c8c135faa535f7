package org.vigil.core.ingest.syslog;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The counters of one listener, written by its network and delivery threads and read by anyone. */
final class ListenerCounters {

    final AtomicLong received = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong oversize = new AtomicLong();
    final AtomicInteger connectionsOpen = new AtomicInteger();
    final AtomicLong connectionsRefused = new AtomicLong();
    final AtomicLong bytesReceived = new AtomicLong();
    final AtomicLong sinkFailures = new AtomicLong();

    /**
     * Received, dropped, oversize and the queue depth change together under the queue's lock and are
     * read together under it; delivered and rejected are read just before, so a snapshot never shows
     * more outcomes than messages received.
     */
    SyslogListenerStats snapshot(Inbox inbox) {
        long deliveredNow = delivered.get();
        long rejectedNow = rejected.get();
        return inbox.whileSettled(() -> new SyslogListenerStats(
                received.get(),
                deliveredNow,
                rejectedNow,
                dropped.get(),
                oversize.get(),
                connectionsOpen.get(),
                connectionsRefused.get(),
                inbox.size(),
                bytesReceived.get(),
                sinkFailures.get()));
    }
}
