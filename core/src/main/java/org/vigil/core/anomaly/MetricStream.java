package org.vigil.core.anomaly;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * One metric stream: turns what events say about it into points, and holds the detector that scores
 * them. Its own state (an open time bucket, a route's known track…) is saved with the detector's, so a
 * restored stream goes on exactly as before.
 */
abstract sealed class MetricStream permits RateStream, RouteDistanceStream, DwellStream, TemperatureStream {

    /** One value of the stream, to be scored. */
    record Point(Instant time, double value) {}

    private final StreamKey key;
    private final AnomalyDetector detector;
    /** The monitor's feed count when this stream was last fed: the least recently fed go first. */
    private long lastTick;
    /** The event time of the last event fed. */
    private Instant lastSeen = Instant.EPOCH;

    MetricStream(StreamKey key, AnomalyDetector detector) {
        this.key = key;
        this.detector = detector;
    }

    /** A new stream of the key's metric, with its metric's detector. */
    static MetricStream create(StreamKey key, Duration bucket) {
        return switch (key.metric()) {
            case ROUTE_DISTANCE -> new RouteDistanceStream(key, RouteDistanceStream.newDetector());
            case DWELL -> new DwellStream(key, DwellStream.newDetector());
            case TEMPERATURE -> new TemperatureStream(key, TemperatureStream.newDetector());
            default -> new RateStream(key, key.metric().detector().create(), bucket.getSeconds());
        };
    }

    /** A stream as saved by {@link #writeState}. */
    static MetricStream restore(StreamKey key, AnomalyDetector detector, byte[] state, Duration bucket) {
        StateReader in = new StateReader(state);
        long tick = in.readLong();
        Instant seen = Instant.ofEpochSecond(in.readLong(), in.readInt());
        MetricStream stream = switch (key.metric()) {
            case ROUTE_DISTANCE -> RouteDistanceStream.read(key, detector, in);
            case DWELL -> DwellStream.read(key, detector, in);
            case TEMPERATURE -> TemperatureStream.read(key, detector, in);
            default -> RateStream.read(key, detector, bucket.getSeconds(), in);
        };
        in.expectEnd();
        stream.lastTick = tick;
        stream.lastSeen = seen;
        return stream;
    }

    /** The stream's own state, without the detector's. */
    final byte[] state() {
        StateWriter out = new StateWriter();
        out.writeLong(lastTick).writeLong(lastSeen.getEpochSecond()).writeInt(lastSeen.getNano());
        writeState(out);
        return out.toBytes();
    }

    abstract void writeState(StateWriter out);

    final StreamKey key() {
        return key;
    }

    final AnomalyDetector detector() {
        return detector;
    }

    final long lastTick() {
        return lastTick;
    }

    final Instant lastSeen() {
        return lastSeen;
    }

    final void fed(long tick, Instant time) {
        lastTick = tick;
        if (time.isAfter(lastSeen)) {
            lastSeen = time;
        }
    }

    static void writeInstant(StateWriter out, Instant time) {
        out.writeBoolean(time != null);
        if (time != null) {
            out.writeLong(time.getEpochSecond()).writeInt(time.getNano());
        }
    }

    static Instant readInstant(StateReader in) {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    static void writeText(StateWriter out, String text) {
        out.writeBytes(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
    }

    static String readText(StateReader in) {
        byte[] bytes = in.readBytes();
        return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
