package org.vigil.core.anomaly;

import java.time.Instant;

/**
 * Learns one metric stream as it arrives and says how unusual each new point is. One instance per
 * stream (an asset's failed logins per minute, a route's GPS distance from plan…): it needs no
 * labelled data, keeps bounded memory, and its state can be saved with {@link #snapshot()} and taken
 * up again with {@link DetectorSnapshot#restore()}, after which it scores exactly as the original
 * would have.
 *
 * <p>Points must come in time order. Not thread-safe: a stream is scored by one thread at a time.
 */
public interface AnomalyDetector {

    /**
     * Scores the next point of the stream, then learns from it. A value that is not finite (a gap
     * in the metric) scores 0 and teaches nothing.
     */
    AnomalyResult score(Instant timestamp, double value);

    /** The detector's whole state, to save; restoring it gives a detector that continues identically. */
    DetectorSnapshot snapshot();

    /** Which detector this is. */
    DetectorKind kind();
}
