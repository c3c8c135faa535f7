package org.vigil.core.anomaly;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a vehicle has stood still, in minutes, at each of its position reports: 0 while it moves.
 * It stands still when its speed is at most {@link #STILL_KMH}, or, without a speed, when it has not
 * moved more than {@link #SAME_PLACE_M} from where it stopped. Scored by a {@link BandDetector} that
 * learns the vehicle's usual stops (margin at least {@link #TOLERANCE_MIN} minutes).
 */
final class DwellStream extends MetricStream {

    static final double STILL_KMH = 2;
    static final double SAME_PLACE_M = 100;
    static final double TOLERANCE_MIN = 5;

    private Instant last;
    /** When the current stop began; null while moving. */
    private Instant since;

    private double stopLat = Double.NaN;
    private double stopLon = Double.NaN;

    DwellStream(StreamKey key, AnomalyDetector detector) {
        super(key, detector);
    }

    static AnomalyDetector newDetector() {
        return new BandDetector(Limits.tolerance(TOLERANCE_MIN));
    }

    /** The reading's point, or null when it is no position or not newer than the last. */
    Point observe(TelemetryReading reading) {
        if (!reading.isPosition()
                || !reading.hasPosition()
                || (last != null && !reading.time().isAfter(last))) {
            return null;
        }
        last = reading.time();
        boolean samePlace =
                since != null && RouteTrack.metres(stopLat, stopLon, reading.lat(), reading.lon()) <= SAME_PLACE_M;
        boolean still = Double.isFinite(reading.speedKmh()) ? reading.speedKmh() <= STILL_KMH : samePlace;
        if (!still) {
            since = null;
            return new Point(reading.time(), 0);
        }
        if (!samePlace) {
            since = reading.time();
            stopLat = reading.lat();
            stopLon = reading.lon();
        }
        return new Point(reading.time(), Duration.between(since, reading.time()).toSeconds() / 60.0);
    }

    @Override
    void writeState(StateWriter out) {
        writeInstant(out, last);
        writeInstant(out, since);
        out.writeDouble(stopLat).writeDouble(stopLon);
    }

    static DwellStream read(StreamKey key, AnomalyDetector detector, StateReader in) {
        DwellStream stream = new DwellStream(key, detector);
        stream.last = readInstant(in);
        stream.since = readInstant(in);
        stream.stopLat = in.readDouble();
        stream.stopLon = in.readDouble();
        return stream;
    }
}
