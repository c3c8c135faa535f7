package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One stream as saved in the workspace: its detector's snapshot and its own state (open bucket, known
 * track…), each as bytes.
 *
 * @param key the stream
 * @param kind its detector
 * @param detector the detector's state, as {@link DetectorSnapshot#toBytes()} writes it
 * @param stream the stream's own state
 * @param lastSeen the event time of the last event that fed it
 * @param lastTick the monitor's feed count then: restored streams keep their least-recently-fed order
 */
public record StreamState(
        StreamKey key, DetectorKind kind, byte[] detector, byte[] stream, Instant lastSeen, long lastTick) {

    public StreamState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        detector = detector.clone();
        stream = stream.clone();
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    @Override
    public byte[] detector() {
        return detector.clone();
    }

    @Override
    public byte[] stream() {
        return stream.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamState s
                && key.equals(s.key)
                && kind == s.kind
                && Arrays.equals(detector, s.detector)
                && Arrays.equals(stream, s.stream)
                && lastSeen.equals(s.lastSeen)
                && lastTick == s.lastTick;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, kind, Arrays.hashCode(detector), Arrays.hashCode(stream), lastSeen, lastTick);
    }

    @Override
    public String toString() {
        return "StreamState[" + key + ", " + kind + ", " + detector.length + " + " + stream.length + " bytes]";
    }
}
