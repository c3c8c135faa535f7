package org.vigil.core.ingest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.ReadPosition;

/**
 * One {@link EventPipeline} shared by live sources (syslog, followed files, scenario replay), each
 * feeding it from its own thread. A live source may trickle: besides the pipeline's full batches,
 * what is in hand is committed at least every {@code maxDelay}, so an event is on disk and
 * correlated within that time of arriving.
 */
public final class LiveIngest implements AutoCloseable {

    private final EventPipeline pipeline;
    private final ScheduledExecutorService timer;
    private boolean closed;

    public LiveIngest(EventPipeline pipeline, Duration maxDelay) {
        this.pipeline = pipeline;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vigil-live-commit");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, maxDelay.toMillis());
        timer.scheduleWithFixedDelay(this::commitQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    public synchronized void record(FeedParser parser, RawRecord record) {
        pipeline.record(parser, record);
    }

    public synchronized void event(Event event) {
        pipeline.event(event);
    }

    public synchronized void unreadable(QuarantinedRecord quarantined) {
        pipeline.unreadable(quarantined);
    }

    public synchronized void reached(ReadPosition position) {
        pipeline.reached(position);
    }

    /** Commits what is in hand now; returns the counts so far. */
    public synchronized IngestCounts flush() {
        return pipeline.flush();
    }

    public synchronized IngestCounts counts() {
        return pipeline.counts();
    }

    private void commitQuietly() {
        try {
            synchronized (this) {
                if (!closed) {
                    pipeline.flush();
                }
            }
        } catch (RuntimeException e) {
            // The batch stays in hand and the next commit tries again; the caller sees the error then.
        }
    }

    /**
     * The source has ended (a replay played its last event): stops the timer, commits what is in hand
     * and ends the pipeline, so correlation judges its open windows and anomaly detection saves what it
     * learnt. Later calls, and {@link #close()}, do nothing more.
     */
    public void finish() {
        timer.shutdownNow();
        synchronized (this) {
            if (!closed) {
                closed = true;
                pipeline.finish();
            }
        }
    }

    /** Stops the timer and commits what is in hand. */
    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            if (!closed) {
                closed = true;
                pipeline.flush();
            }
        }
    }
}
