package org.vigil.core.ingest;

/**
 * Stores batches on one thread and correlates them on another, so that parsing the next batch,
 * storing this one and correlating the one before run at the same time. Each stage holds one batch
 * and has room for one more waiting: a slow stage holds back the one before it, so memory stays at
 * a few batches whatever the input. Batches are stored and then correlated in the order handed
 * over; a batch is correlated only once it is committed, so an incident never refers to an event
 * that is not on disk. A failure in either stage is thrown to the thread handing over batches.
 */
final class PipelinedBatchSink implements BatchSink, AutoCloseable {

    private final DirectBatchSink steps;
    private final Worker<Batch> storing;
    private final Worker<Batch> correlating;

    PipelinedBatchSink(DirectBatchSink steps) {
        this.steps = steps;
        this.correlating = steps.correlates() ? new Worker<>("vigil-ingest-correlate", 1, steps::correlate) : null;
        this.storing = new Worker<>("vigil-ingest-store", 1, this::store);
    }

    private void store(Batch batch) {
        steps.store(batch);
        if (correlating != null) {
            correlating.submit(batch);
        }
    }

    @Override
    public void take(Batch batch) {
        storing.submit(batch);
    }

    /** Nothing: the correlating thread does it, once the batch is stored. */
    @Override
    public void taken(Batch batch) {}

    @Override
    public IngestCounts drain() {
        storing.awaitDone();
        if (correlating != null) {
            correlating.awaitDone();
        }
        return steps.counts();
    }

    @Override
    public IngestCounts counts() {
        return steps.counts();
    }

    /** In the calling thread, once drained: no correlation runs on the worker then. */
    @Override
    public void finish() {
        steps.finish();
    }

    /** Lets the batches handed over be stored and correlated, then ends both threads. */
    @Override
    public void close() {
        storing.close();
        if (correlating != null) {
            correlating.close();
        }
    }
}
