package org.vigil.core.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.vigil.core.feed.Event;

/**
 * Looks back at one stream: replays the scenario's stored events over a stretch of time through a
 * fresh {@link AnomalyMonitor} that watches only that stream's asset and metric, so the points are
 * derived exactly as the live monitor derives them, and scored by a fresh detector of the stream's
 * kind. What the live monitor learnt before the stretch is not known here: a look-back from the
 * scenario's first event reproduces the live monitor's scores.
 */
public final class StreamLookBack {

    /** Progress is reported at most this often, in events. */
    private static final int REPORT_EVERY = 256;

    private final AnomalyConfig config;
    private final StoredEvents events;

    /** {@code config} gives the bucket length and the thresholds in use; its streams do not matter. */
    public StreamLookBack(AnomalyConfig config, StoredEvents events) {
        this.config = config;
        this.events = events;
    }

    /**
     * The stream's points from the stored events with event time in {@code [from, to]}.
     *
     * @throws CancellationException when {@code progress} says so
     */
    public StreamHistory of(StreamKey stream, Instant from, Instant to, LookBackProgress progress) {
        DetectorKind kind =
                MetricStream.create(stream, config.bucket()).detector().kind();
        double threshold = config.thresholds().of(stream, kind);
        if (!events.derives(stream.metric())) {
            return new StreamHistory(stream, kind, from, to, threshold, List.of(), false);
        }
        List<StreamPoint> points = new ArrayList<>();
        AnomalyMonitor monitor = new AnomalyMonitor(watching(stream), (key, k, result) -> {
            if (key.equals(stream)) {
                points.add(StreamPoint.of(result));
            }
        });
        double span = Math.max(1, Duration.between(from, to).toMillis());
        Event[] last = new Event[1];
        int[] seen = new int[1];
        events.read(stream.scenarioId(), from, to, event -> {
            if (++seen[0] % REPORT_EVERY == 0) {
                if (progress.cancelled()) {
                    throw new CancellationException("look-back of " + stream + " cancelled");
                }
                progress.reported(Duration.between(from, event.eventTime()).toMillis() / span);
            }
            monitor.observe(event);
            last[0] = event;
        });
        if (last[0] != null) {
            // Buckets up to the end are complete: score them as a later event would.
            long graceSeconds = (long) Math.ceil(config.bucket().getSeconds() * AnomalyMonitor.GRACE_SHARE);
            Instant end = to.plus(config.bucket()).plusSeconds(graceSeconds);
            if (end.isAfter(last[0].eventTime())) {
                monitor.closeUpTo(end, last[0]);
            }
        }
        progress.reported(1);
        List<StreamPoint> inRange = points.stream()
                .filter(p -> !p.time().isAfter(to.plus(config.bucket())))
                .toList();
        return new StreamHistory(stream, kind, from, to, threshold, inRange, true);
    }

    private AnomalyConfig watching(StreamKey stream) {
        ScenarioStreams only =
                new ScenarioStreams(stream.scenarioId(), Map.of(stream.assetId(), Set.of(stream.metric())));
        return new AnomalyConfig(List.of(only), config.bucket(), config.maxStreams(), config.thresholds());
    }
}
