package org.vigil.core.ingest;

import java.util.Objects;
import org.vigil.core.store.EventRepository;

/**
 * Stores each batch and correlates its events in the thread that hands it over. A batch that cannot
 * be stored stays with the pipeline, which tries again with its next batch; one stored but not
 * correlated (correlation failed) is not stored again.
 */
final class DirectBatchSink implements BatchSink {

    private final EventRepository events;
    private final EventCorrelation correlation;
    private volatile IngestCounts counts = IngestCounts.NONE;

    DirectBatchSink(EventRepository events, EventCorrelation correlation) {
        this.events = Objects.requireNonNull(events, "events");
        this.correlation = Objects.requireNonNull(correlation, "correlation");
    }

    @Override
    public void take(Batch batch) {
        store(batch);
    }

    @Override
    public void taken(Batch batch) {
        correlate(batch);
    }

    /** Stores the batch in one transaction and counts it. Called by one thread at a time. */
    void store(Batch batch) {
        EventRepository.BatchResult result =
                events.write(batch.events(), batch.quarantined(), batch.indicators(), batch.positions());
        counts = counts.plus(new IngestCounts(
                batch.read(),
                result.stored(),
                result.duplicates(),
                result.quarantined(),
                batch.unmapped(),
                batch.indicators().size()));
    }

    /**
     * Hands the stored batch's events to correlation, duplicates too: correlation is idempotent, and
     * re-reading a file after a crash must still find what the first read would have found.
     */
    void correlate(Batch batch) {
        if (!batch.events().isEmpty()) {
            correlation.correlate(batch.events());
        }
    }

    boolean correlates() {
        return correlation != EventCorrelation.NONE;
    }

    @Override
    public void finish() {
        correlation.finish();
    }

    @Override
    public IngestCounts drain() {
        return counts;
    }

    @Override
    public IngestCounts counts() {
        return counts;
    }
}
