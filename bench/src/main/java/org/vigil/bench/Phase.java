package org.vigil.bench;

import java.util.Arrays;
import org.vigil.core.ingest.IngestCounts;

/**
 * One timed phase of a run: how many events in how long, with the heap it used.
 *
 * @param counts what the ingest counted, null for phases that store nothing
 * @param incidents incidents in the workspace afterwards, -1 without correlation
 */
record Phase(long events, long nanos, IngestCounts counts, long incidents, HeapUse heap) {

    double rate() {
        return events / (nanos / 1e9);
    }

    /**
     * Heap during a phase.
     *
     * @param peak the most heap in use, garbage included, sampled every 5 ms
     * @param afterGcByTenth the most heap left after a collection in each tenth of the phase, -1 where
     *     none ran
     * @param live heap in use right after a full collection at 10 %, 50 % and 100 % of an ingest, or
     *     null when not measured
     */
    record HeapUse(long peak, long[] afterGcByTenth, long[] live) {

        /** The most heap left after any collection, or -1 if none ran. */
        long afterGc() {
            return Arrays.stream(afterGcByTenth).max().orElse(-1);
        }
    }
}
