package org.vigil.core.anomaly;

import java.time.Instant;

/**
 * A cold-chain logger's temperature, in °C, at each reading. The logger reports the range its load
 * must stay in ({@code min_c}, {@code max_c}); those become the limits of its {@link BandDetector},
 * so a box leaving its range is an anomaly from the first reading, and once the box has a history,
 * so is one leaving its usual band inside the range (margin at least {@link #TOLERANCE_C}).
 */
final class TemperatureStream extends MetricStream {

    static final double TOLERANCE_C = 0.5;

    private Instant last;

    TemperatureStream(StreamKey key, AnomalyDetector detector) {
        super(key, detector);
    }

    static AnomalyDetector newDetector() {
        return new BandDetector(Limits.tolerance(TOLERANCE_C));
    }

    /** The reading's point, or null when it is no temperature or not newer than the last. */
    Point observe(TelemetryReading reading) {
        if (!reading.isTemperature() || (last != null && !reading.time().isAfter(last))) {
            return null;
        }
        last = reading.time();
        if (detector() instanceof BandDetector band
                && (Double.isFinite(reading.minCelsius()) || Double.isFinite(reading.maxCelsius()))) {
            band.limits(new Limits(reading.minCelsius(), reading.maxCelsius(), TOLERANCE_C));
        }
        return new Point(reading.time(), reading.celsius());
    }

    @Override
    void writeState(StateWriter out) {
        writeInstant(out, last);
    }

    static TemperatureStream read(StreamKey key, AnomalyDetector detector, StateReader in) {
        TemperatureStream stream = new TemperatureStream(key, detector);
        stream.last = readInstant(in);
        return stream;
    }
}
