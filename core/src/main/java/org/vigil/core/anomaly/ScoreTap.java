package org.vigil.core.anomaly;

/** Hears every point a monitor scores, anomaly or not: what a look-back charts. */
@FunctionalInterface
interface ScoreTap {

    ScoreTap NONE = (stream, kind, result) -> {};

    void scored(StreamKey stream, DetectorKind kind, AnomalyResult result);
}
