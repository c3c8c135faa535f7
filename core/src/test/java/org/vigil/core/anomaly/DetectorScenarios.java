package org.vigil.core.anomaly;

import java.util.List;

/** Runs a detector over a synthetic stream and says where it alerted, at the kind's default threshold. */
final class DetectorScenarios {

    /** Points a detector may take to learn before its alerts count (two days and a bit). */
    static final int WARM_UP = 1000;

    private DetectorScenarios() {}

    /** The indices of points scoring at least the kind's alert threshold, from {@code from} on. */
    static List<Integer> alerts(DetectorKind kind, List<SyntheticStream.Point> points, int from) {
        AnomalyDetector detector = kind.create();
        List<Integer> alerts = new java.util.ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            AnomalyResult result =
                    detector.score(points.get(i).timestamp(), points.get(i).value());
            if (i >= from && result.isAnomaly(kind.alertThreshold())) {
                alerts.add(i);
            }
        }
        return alerts;
    }

    /** How many points after {@code at} the first alert came, or -1 if none did. */
    static int delay(DetectorKind kind, List<SyntheticStream.Point> points, int at) {
        List<Integer> alerts = alerts(kind, points, at);
        return alerts.isEmpty() ? -1 : alerts.get(0) - at;
    }
}
