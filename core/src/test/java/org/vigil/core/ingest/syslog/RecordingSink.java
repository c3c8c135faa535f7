package org.vigil.core.ingest.syslog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;

/** A sink that remembers what it got; optionally it holds every message until released, like a stalled consumer. */
final class RecordingSink implements SyslogSink {

    private final List<RawRecord> messages = new ArrayList<>();
    private final List<QuarantinedRecord> rejects = new ArrayList<>();
    private final CountDownLatch gate;
    private final CountDownLatch firstMessageArrived = new CountDownLatch(1);

    private RecordingSink(boolean blocked) {
        this.gate = new CountDownLatch(blocked ? 1 : 0);
    }

    static RecordingSink open() {
        return new RecordingSink(false);
    }

    /** Holds the first message (and so the delivery thread) until {@link #release()}. */
    static RecordingSink blocked() {
        return new RecordingSink(true);
    }

    @Override
    public void message(RawRecord record) {
        firstMessageArrived.countDown();
        awaitRelease();
        synchronized (this) {
            messages.add(record);
        }
    }

    @Override
    public synchronized void rejected(QuarantinedRecord quarantined) {
        rejects.add(quarantined);
    }

    void release() {
        gate.countDown();
    }

    /** Waits until the delivery thread is inside the sink, so everything sent from now on must queue. */
    void awaitFirstMessage() throws InterruptedException {
        if (!firstMessageArrived.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no message reached the sink within 10 s");
        }
    }

    synchronized List<RawRecord> messages() {
        return List.copyOf(messages);
    }

    synchronized List<String> texts() {
        return messages.stream().map(RawRecord::text).toList();
    }

    synchronized List<QuarantinedRecord> rejects() {
        return List.copyOf(rejects);
    }

    private void awaitRelease() {
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never released the sink");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
