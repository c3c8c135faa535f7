package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stream looked back at over a stretch of time: every point a fresh detector of its kind scored, for
 * a chart of the observed values in their expected band and a preview of what another threshold
 * would have fired.
 *
 * @param stream the stream
 * @param kind its detector
 * @param from the start of the stretch looked at
 * @param to its end
 * @param threshold the threshold the stream alerts at now (tuned or its detector's)
 * @param points its points, oldest first
 * @param derived false when the stored events lack what the stream measures ({@link StoredEvents#derives}):
 *     then there are no points
 */
public record StreamHistory(
        StreamKey stream,
        DetectorKind kind,
        Instant from,
        Instant to,
        double threshold,
        List<StreamPoint> points,
        boolean derived) {

    public StreamHistory {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(kind, "kind");
        points = List.copyOf(points);
    }

    /** The threshold of the stream's detector, before any tuning. */
    public double defaultThreshold() {
        return kind.alertThreshold();
    }

    /** The points that would fire at {@code threshold}, oldest first. */
    public List<StreamPoint> firedAt(double threshold) {
        return points.stream().filter(p -> p.firesAt(threshold)).toList();
    }

    /** How many points would fire at {@code threshold}. */
    public int countAt(double threshold) {
        int count = 0;
        for (StreamPoint point : points) {
            if (point.firesAt(threshold)) {
                count++;
            }
        }
        return count;
    }
}
