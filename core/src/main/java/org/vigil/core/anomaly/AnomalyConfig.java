package org.vigil.core.anomaly;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.core.model.Scenario;

/**
 * How an {@link AnomalyMonitor} watches: which streams each scenario's assets have, how long a rate's
 * time bucket is, and how many streams it keeps at most (the least recently fed go first).
 *
 * @param scenarios the streams of each scenario; events of other scenarios are not watched
 * @param bucket the time bucket of rate streams, a whole number of seconds dividing a day
 * @param maxStreams the most streams kept in memory and in the workspace
 * @param thresholds the analyst's alert threshold of each stream tuned; others use their detector's
 */
public record AnomalyConfig(
        List<ScenarioStreams> scenarios, Duration bucket, int maxStreams, StreamThresholds thresholds) {

    public static final Duration DEFAULT_BUCKET = Duration.ofMinutes(1);
    /** About 300 KiB each for the default detector: some 3 GiB at worst, far less for quiet streams. */
    public static final int DEFAULT_MAX_STREAMS = 10_000;

    public AnomalyConfig {
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(bucket, "bucket");
        long seconds = bucket.getSeconds();
        if (bucket.getNano() != 0 || seconds < 1 || 86_400 % seconds != 0) {
            throw new IllegalArgumentException("a bucket must be whole seconds dividing a day, not " + bucket);
        }
        if (maxStreams < 1) {
            throw new IllegalArgumentException("at least one stream, not " + maxStreams);
        }
    }

    /** Every stream at its detector's own alert threshold. */
    public AnomalyConfig(List<ScenarioStreams> scenarios, Duration bucket, int maxStreams) {
        this(scenarios, bucket, maxStreams, StreamThresholds.NONE);
    }

    /** Each scenario's default streams ({@link ScenarioStreams#defaults}), minute buckets. */
    public static AnomalyConfig defaults(List<Scenario> scenarios) {
        return new AnomalyConfig(
                scenarios.stream().map(ScenarioStreams::defaults).toList(), DEFAULT_BUCKET, DEFAULT_MAX_STREAMS);
    }

    /** The same, with one scenario's streams replaced (or added). */
    public AnomalyConfig with(ScenarioStreams streams) {
        List<ScenarioStreams> changed = new ArrayList<>(scenarios);
        changed.removeIf(s -> s.scenarioId().equals(streams.scenarioId()));
        changed.add(streams);
        return new AnomalyConfig(changed, bucket, maxStreams, thresholds);
    }

    public AnomalyConfig withBucket(Duration length) {
        return new AnomalyConfig(scenarios, length, maxStreams, thresholds);
    }

    public AnomalyConfig withMaxStreams(int most) {
        return new AnomalyConfig(scenarios, bucket, most, thresholds);
    }

    /** The same, with the analyst's thresholds per stream. */
    public AnomalyConfig withThresholds(StreamThresholds tuned) {
        return new AnomalyConfig(scenarios, bucket, maxStreams, tuned);
    }
}
