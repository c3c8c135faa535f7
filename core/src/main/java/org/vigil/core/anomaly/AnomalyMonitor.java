package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;

/**
 * Watches every event for what nobody wrote a rule for. Each event feeds the metric streams of the
 * assets it concerns ({@link AnomalyConfig}: event rates, failed logins, bytes out…, and the
 * telemetry of vehicles and cold-chain loggers); each stream has its own detector, and a point that
 * scores at or above the detector's alert threshold becomes an {@link Anomaly} with its event.
 *
 * <p>Time is event time: the monitor's clock is the newest event time seen, and a rate's bucket is
 * scored once the clock is {@link #GRACE_SHARE} of a bucket past its end (or when the stream's next
 * event falls in a later bucket). Memory is bounded: at most {@link AnomalyConfig#maxStreams()}
 * streams, the least recently fed forgotten first.
 *
 * <p>{@link #unsaved()} and {@link #restore} carry the whole state through the workspace: a monitor
 * restored from it goes on exactly as the one saved would have. Not thread-safe: one caller at a time.
 */
public final class AnomalyMonitor {

    /** How far past a bucket's end the clock must be before the bucket is scored: room for stragglers. */
    static final double GRACE_SHARE = 0.25;

    private final AnomalyConfig config;
    private final long bucketSeconds;
    private final long graceSeconds;
    private final Map<String, Set<Metric>> metricsByAsset = new HashMap<>();
    /** In least-recently-fed order: a stream fed moves to the end. */
    private final LinkedHashMap<StreamKey, MetricStream> streams = new LinkedHashMap<>();
    /** Rate streams whose buckets the clock still closes. */
    private final Set<RateStream> active = new LinkedHashSet<>();

    private final Set<StreamKey> changed = new LinkedHashSet<>();
    private final Set<StreamKey> forgotten = new LinkedHashSet<>();
    private Instant clock;
    /** Every active stream's buckets before this one (epoch seconds) are closed. */
    private long closedBefore = Long.MIN_VALUE;

    private long ticks;
    /** The analyst's thresholds: replaced as a whole when the analyst applies a new sensitivity. */
    private StreamThresholds thresholds;
    /** Told of every point scored, not only anomalies: what a look-back charts. */
    private final ScoreTap tap;

    public AnomalyMonitor(AnomalyConfig config) {
        this(config, ScoreTap.NONE);
    }

    AnomalyMonitor(AnomalyConfig config, ScoreTap tap) {
        this.config = config;
        this.tap = tap;
        this.thresholds = config.thresholds();
        this.bucketSeconds = config.bucket().getSeconds();
        this.graceSeconds = (long) Math.ceil(bucketSeconds * GRACE_SHARE);
        for (ScenarioStreams scenario : config.scenarios()) {
            scenario.byAsset()
                    .forEach((asset, metrics) -> metricsByAsset.put(scenario.scenarioId() + "/" + asset, metrics));
        }
    }

    /**
     * A monitor that goes on from a saved state. Streams that can no longer be read (a detector state
     * of an older format, another bucket length, a metric no longer configured) start afresh.
     */
    public static AnomalyMonitor restore(AnomalyConfig config, MonitorState saved) {
        AnomalyMonitor monitor = new AnomalyMonitor(config);
        saved.clock().ifPresent(monitor::advanceClockTo);
        List<StreamState> byAge = new ArrayList<>(saved.streams());
        byAge.sort(Comparator.comparingLong(StreamState::lastTick)
                .thenComparing(s -> s.key().id()));
        for (StreamState state : byAge) {
            if (!monitor.metrics(state.key().asset()).contains(state.key().metric())) {
                monitor.forgotten.add(state.key());
                continue;
            }
            MetricStream stream;
            try {
                AnomalyDetector detector =
                        DetectorSnapshot.fromBytes(state.detector()).restore();
                stream = MetricStream.restore(state.key(), detector, state.stream(), config.bucket());
            } catch (IllegalArgumentException e) {
                monitor.forgotten.add(state.key());
                continue;
            }
            monitor.streams.put(state.key(), stream);
            monitor.ticks = Math.max(monitor.ticks, state.lastTick());
            if (stream instanceof RateStream rate && !rate.dormant()) {
                monitor.active.add(rate);
            }
        }
        monitor.evictBeyondCapacity();
        return monitor;
    }

    /** Watches a batch of events, in order; returns the anomalies raised, in the order raised. */
    public List<Anomaly> observe(List<Event> events) {
        List<Anomaly> anomalies = new ArrayList<>();
        for (Event event : events) {
            anomalies.addAll(observe(event));
        }
        return anomalies;
    }

    /**
     * Watches one event: first the rate buckets its time closes (their anomalies are dated before
     * it), then the streams it feeds. Anomaly events are not watched: they are this monitor's own.
     */
    public List<Anomaly> observe(Event event) {
        if (event.category() == EventCategory.ANOMALY) {
            return List.of();
        }
        List<Anomaly> anomalies = new ArrayList<>(0);
        advanceClockTo(event.eventTime(), event, anomalies);
        EventMeasures measures = null;
        TelemetryReading reading = null;
        boolean readingRead = false;
        for (String asset : event.assetIds()) {
            for (Metric metric : metrics(asset)) {
                if (measures == null) {
                    measures = new EventMeasures(event);
                }
                if (metric.shape() == Metric.Shape.RATE) {
                    feedRate(asset, metric, measures, anomalies);
                } else {
                    if (!readingRead) {
                        reading = measures.reading();
                        readingRead = true;
                    }
                    if (reading != null) {
                        feedGauge(asset, metric, reading, event, anomalies);
                    }
                }
            }
        }
        return anomalies;
    }

    private Set<Metric> metrics(String asset) {
        return metricsByAsset.getOrDefault(asset, Set.of());
    }

    private void feedRate(String asset, Metric metric, EventMeasures measures, List<Anomaly> anomalies) {
        Event event = measures.event();
        String qualifier = "";
        double amount = 1;
        List<String> values = List.of();
        switch (metric) {
            case EVENT_RATE -> qualifier = event.category().name().toLowerCase(Locale.ROOT);
            case FAILED_LOGINS -> {
                if (!measures.failedLogin()) {
                    return;
                }
            }
            case DISTINCT_DESTINATIONS -> values = measures.destinations();
            case NEW_DOMAINS -> values = measures.domains();
            case BYTES_OUT -> amount = measures.bytesOut();
            case ORDERS -> {
                if (!measures.isOrder()) {
                    return;
                }
            }
            case PAYMENTS -> {
                if (!measures.isPayment()) {
                    return;
                }
            }
            default -> throw new IllegalStateException("not a rate: " + metric);
        }
        boolean countsValues = metric == Metric.DISTINCT_DESTINATIONS || metric == Metric.NEW_DOMAINS;
        if (Double.isNaN(amount) || (countsValues && values.isEmpty())) {
            return;
        }
        RateStream stream = (RateStream) stream(new StreamKey(asset, metric, qualifier), event.eventTime());
        List<MetricStream.Point> points = stream.add(event.eventTime(), event.id(), amount, values);
        active.add(stream);
        score(stream, points, event, null, anomalies);
    }

    /** Telemetry streams are per unit: the logger for temperatures, the vehicle for its route and stops. */
    private void feedGauge(
            String asset, Metric metric, TelemetryReading reading, Event event, List<Anomaly> anomalies) {
        String unit = metric == Metric.TEMPERATURE || reading.vehicle() == null ? reading.unit() : reading.vehicle();
        if (unit == null) {
            return;
        }
        StreamKey key = new StreamKey(asset, metric, unit);
        MetricStream stream = streams.get(key);
        boolean isNew = stream == null;
        if (isNew) {
            stream = MetricStream.create(key, config.bucket());
        }
        MetricStream.Point point = read(stream, reading);
        if (point == null) {
            return;
        }
        if (isNew) {
            keep(stream);
        }
        touch(stream, event.eventTime());
        score(stream, List.of(point), event, event, anomalies);
    }

    private static MetricStream.Point read(MetricStream stream, TelemetryReading reading) {
        if (stream instanceof RouteDistanceStream route) {
            return route.observe(reading);
        }
        if (stream instanceof DwellStream dwell) {
            return dwell.observe(reading);
        }
        if (stream instanceof TemperatureStream temperature) {
            return temperature.observe(reading);
        }
        return null;
    }

    /** The stream of the key, made if new; marks it fed. */
    private MetricStream stream(StreamKey key, Instant time) {
        MetricStream stream = streams.get(key);
        if (stream == null) {
            stream = MetricStream.create(key, config.bucket());
            keep(stream);
        }
        touch(stream, time);
        return stream;
    }

    private void keep(MetricStream stream) {
        streams.put(stream.key(), stream);
        forgotten.remove(stream.key());
        evictBeyondCapacity();
    }

    private void touch(MetricStream stream, Instant time) {
        stream.fed(++ticks, time);
        streams.remove(stream.key());
        streams.put(stream.key(), stream);
        changed.add(stream.key());
    }

    private void evictBeyondCapacity() {
        Iterator<Map.Entry<StreamKey, MetricStream>> eldest = streams.entrySet().iterator();
        while (streams.size() > config.maxStreams() && eldest.hasNext()) {
            MetricStream stream = eldest.next().getValue();
            eldest.remove();
            if (stream instanceof RateStream rate) {
                active.remove(rate);
            }
            changed.remove(stream.key());
            forgotten.add(stream.key());
        }
    }

    private void advanceClockTo(Instant time) {
        advanceClockTo(time, null, null);
    }

    /**
     * Moves the clock on to {@code time} if it is newer; closes the buckets of active rate streams that
     * ended a grace period before it. Their anomalies are told to {@code anomalies}, sorted by time and
     * stream so that the order never depends on the order streams were made or restored in.
     */
    private void advanceClockTo(Instant time, Event trigger, List<Anomaly> anomalies) {
        if (clock != null && !time.isAfter(clock)) {
            return;
        }
        clock = time;
        long closing = Math.floorDiv(time.getEpochSecond() - graceSeconds, bucketSeconds) * bucketSeconds;
        if (closing <= closedBefore) {
            return;
        }
        closedBefore = closing;
        if (anomalies == null) {
            return; // restoring: the streams were saved with their buckets closed up to here
        }
        List<Anomaly> closed = new ArrayList<>(0);
        for (Iterator<RateStream> it = active.iterator(); it.hasNext(); ) {
            RateStream stream = it.next();
            List<MetricStream.Point> points = stream.closeBefore(closing);
            if (!points.isEmpty()) {
                changed.add(stream.key());
                score(stream, points, trigger, null, closed);
            }
            if (stream.dormant()) {
                it.remove();
            }
        }
        closed.sort(Comparator.comparing((Anomaly a) -> a.result().timestamp())
                .thenComparing(a -> a.stream().id()));
        anomalies.addAll(closed);
    }

    private void score(
            MetricStream stream,
            List<MetricStream.Point> points,
            Event trigger,
            Event reading,
            List<Anomaly> anomalies) {
        AnomalyDetector detector = stream.detector();
        double threshold = thresholds.of(stream.key(), detector.kind());
        for (MetricStream.Point point : points) {
            AnomalyResult result = detector.score(point.time(), point.value());
            tap.scored(stream.key(), detector.kind(), result);
            if (result.isAnomaly(threshold)) {
                long bucket = stream instanceof RateStream rate ? rate.bucketSeconds() : 0;
                Event event =
                        AnomalyEvents.of(stream.key(), result, detector.kind(), threshold, trigger, reading, bucket);
                anomalies.add(new Anomaly(stream.key(), result, event, trigger.id()));
            }
        }
    }

    /** The state changed since the last {@link #saved}: what a periodic save writes. */
    public MonitorState unsaved() {
        List<StreamState> states = new ArrayList<>(changed.size());
        for (StreamKey key : changed) {
            MetricStream stream = streams.get(key);
            if (stream != null) {
                states.add(state(stream));
            }
        }
        return new MonitorState(Optional.ofNullable(clock), states, List.copyOf(forgotten));
    }

    /** The whole state: every stream. */
    public MonitorState state() {
        List<StreamState> states = new ArrayList<>(streams.size());
        streams.values().forEach(stream -> states.add(state(stream)));
        return new MonitorState(Optional.ofNullable(clock), states, List.of());
    }

    private static StreamState state(MetricStream stream) {
        AnomalyDetector detector = stream.detector();
        return new StreamState(
                stream.key(),
                detector.kind(),
                detector.snapshot().toBytes(),
                stream.state(),
                stream.lastSeen(),
                stream.lastTick());
    }

    /**
     * The state was written: its streams are clean until they change again. Streams changed since
     * {@link #unsaved()} was taken would stay changed, but one caller at a time makes that moot.
     */
    public void saved(MonitorState state) {
        state.streams().forEach(s -> changed.remove(s.key()));
        state.forgotten().forEach(forgotten::remove);
    }

    /**
     * Uses the analyst's thresholds from the next point on; what was raised stays raised. Callers
     * hold the monitor's lock as for {@link #observe}, since stages feed it from their threads.
     */
    public void useThresholds(StreamThresholds tuned) {
        thresholds = Objects.requireNonNull(tuned, "tuned");
    }

    /** The thresholds in use. */
    public StreamThresholds thresholds() {
        return thresholds;
    }

    /**
     * Moves the clock on to {@code time}, closing the rate buckets it passes: a look-back's last
     * buckets, which no later event would close. {@code last} stands in as the trigger of what they raise.
     */
    List<Anomaly> closeUpTo(Instant time, Event last) {
        List<Anomaly> anomalies = new ArrayList<>(0);
        advanceClockTo(time, last, anomalies);
        return anomalies;
    }

    /** How many streams it keeps. */
    public int streamCount() {
        return streams.size();
    }

    public AnomalyConfig config() {
        return config;
    }
}
