package org.vigil.core.ingest;

/**
 * Where an {@link EventPipeline} hands its batches: each is stored in one transaction, then its
 * events are correlated, in the order handed over.
 */
interface BatchSink {

    /**
     * Takes a batch: stores it before returning, or queues it to be stored and correlated. If this
     * throws, the batch was not taken: the caller keeps it, to hand it over again with the next.
     */
    void take(Batch batch);

    /** The caller has let go of the batch it handed over: correlates it, if that is done in the caller's thread. */
    void taken(Batch batch);

    /**
     * Returns once every batch handed over is stored and correlated, with the counts of all of them;
     * throws what storing or correlating one of them threw.
     */
    IngestCounts drain();

    /** The counts of the batches stored so far. */
    IngestCounts counts();

    /** The source has ended and every batch is drained: correlation judges the windows still open. */
    void finish();
}
