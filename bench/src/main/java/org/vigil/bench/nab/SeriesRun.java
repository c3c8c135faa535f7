package org.vigil.bench.nab;

import org.vigil.core.anomaly.AnomalyDetector;
import org.vigil.core.anomaly.DetectorKind;

/**
 * One detector over one series, point by point in time order, as it would see a live stream.
 *
 * @param scores the anomaly score of every point
 * @param nanos time spent in the detector
 * @param detector the detector afterwards, holding what it learnt
 */
record SeriesRun(double[] scores, long nanos, AnomalyDetector detector) {

    static SeriesRun of(DetectorKind kind, NabSeries series) {
        AnomalyDetector detector = kind.create();
        double[] scores = new double[series.size()];
        double[] values = series.values();
        long t0 = System.nanoTime();
        for (int i = 0; i < scores.length; i++) {
            scores[i] = detector.score(series.instants()[i], values[i]).score();
        }
        return new SeriesRun(scores, System.nanoTime() - t0, detector);
    }
}
