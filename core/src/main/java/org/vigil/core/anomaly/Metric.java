package org.vigil.core.anomaly;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a metric stream measures. Rates are counted per time bucket (a minute by default) from the
 * events an asset's monitors send; gauges are telemetry readings taken as they come.
 */
public enum Metric {
    /** Events per bucket, one stream per event category. */
    EVENT_RATE("event-rate", "events", Shape.RATE, DetectorKind.ENSEMBLE),
    /** Failed sign-ins per bucket. */
    FAILED_LOGINS("failed-logins", "failed logins", Shape.RATE, DetectorKind.ENSEMBLE),
    /** Distinct addresses and domains the events name, per bucket. */
    DISTINCT_DESTINATIONS("distinct-destinations", "destinations", Shape.RATE, DetectorKind.ENSEMBLE),
    /** Bytes sent out per bucket, where events carry them. */
    BYTES_OUT("bytes-out", "bytes out", Shape.RATE, DetectorKind.ENSEMBLE),
    /** Domains never seen before for the asset, per bucket. */
    NEW_DOMAINS("new-domains", "new domains", Shape.RATE, DetectorKind.ENSEMBLE),
    /** Orders placed per bucket: a business metric that follows the clock. */
    ORDERS("orders", "orders", Shape.RATE, DetectorKind.SEASONAL),
    /** Payments completed per bucket: a business metric that follows the clock. */
    PAYMENTS("payments", "payments", Shape.RATE, DetectorKind.SEASONAL),
    /** A vehicle's distance from its planned route, in metres. */
    ROUTE_DISTANCE("route-distance", "m", Shape.GAUGE, DetectorKind.BAND),
    /** How long a vehicle has stood still, in minutes. */
    DWELL("dwell", "min", Shape.GAUGE, DetectorKind.BAND),
    /** A cold-chain logger's temperature, in °C. */
    TEMPERATURE("temperature", "\u00b0C", Shape.GAUGE, DetectorKind.BAND);

    /** How a stream's points come about. */
    public enum Shape {
        /** A count or sum per time bucket; a bucket without events is a 0. */
        RATE,
        /** The value a reading reports, when it reports it. */
        GAUGE
    }

    private final String wireName;
    private final String unit;
    private final Shape shape;
    private final DetectorKind detector;

    Metric(String wireName, String unit, Shape shape, DetectorKind detector) {
        this.wireName = wireName;
        this.unit = unit;
        this.shape = shape;
        this.detector = detector;
    }

    /** The name in stream ids, anomaly events and the workspace, e.g. {@code route-distance}. */
    public String wireName() {
        return wireName;
    }

    /** What a rate counts, or a gauge's unit, for summaries. */
    public String unit() {
        return unit;
    }

    public Shape shape() {
        return shape;
    }

    /** The detector a stream of this metric gets. */
    public DetectorKind detector() {
        return detector;
    }

    /** Its words for a summary, e.g. "route distance". */
    public String label() {
        return wireName.replace('-', ' ');
    }

    public static Optional<Metric> of(String wireName) {
        String wanted = wireName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.wireName.equals(wanted)).findFirst();
    }
}
