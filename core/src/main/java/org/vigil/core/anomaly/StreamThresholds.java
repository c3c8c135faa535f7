package org.vigil.core.anomaly;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The alert threshold the analyst chose for some streams, by stream id; every other stream alerts at
 * its detector's own ({@link DetectorKind#alertThreshold()}). Lower is more sensitive.
 *
 * @param byStream threshold by {@link StreamKey#id()}, each above 0 and at most 1
 */
public record StreamThresholds(Map<String, Double> byStream) {

    /** No stream tuned. */
    public static final StreamThresholds NONE = new StreamThresholds(Map.of());

    public StreamThresholds {
        TreeMap<String, Double> sorted = new TreeMap<>();
        byStream.forEach((stream, threshold) -> sorted.put(Objects.requireNonNull(stream), check(threshold)));
        byStream = Collections.unmodifiableMap(sorted);
    }

    /** Whether a threshold can be used: above 0 (or every point would fire) and at most 1. */
    public static boolean usable(double threshold) {
        return threshold > 0 && threshold <= 1;
    }

    private static double check(Double threshold) {
        if (threshold == null || !usable(threshold)) {
            throw new IllegalArgumentException("a threshold is above 0 and at most 1, not " + threshold);
        }
        return threshold;
    }

    /** The threshold the stream alerts at. */
    public double of(StreamKey stream, DetectorKind kind) {
        Double tuned = byStream.get(stream.id());
        return tuned != null ? tuned : kind.alertThreshold();
    }

    /** The analyst's threshold of the stream, if tuned. */
    public OptionalDouble tuned(StreamKey stream) {
        Double tuned = byStream.get(stream.id());
        return tuned == null ? OptionalDouble.empty() : OptionalDouble.of(tuned);
    }

    /** The same, with the stream at {@code threshold}. */
    public StreamThresholds with(StreamKey stream, double threshold) {
        TreeMap<String, Double> changed = new TreeMap<>(byStream);
        changed.put(stream.id(), check(threshold));
        return new StreamThresholds(changed);
    }

    /** The same, with the stream back at its detector's threshold. */
    public StreamThresholds without(StreamKey stream) {
        TreeMap<String, Double> changed = new TreeMap<>(byStream);
        changed.remove(stream.id());
        return new StreamThresholds(changed);
    }
}
