package org.vigil.core.anomaly;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A detector's saved state: which detector and its state as bytes. {@link #toBytes()} gives one byte
 * array to store (a workspace column, a file); {@link #fromBytes(byte[])} reads it back.
 *
 * @param kind the detector
 * @param state its state, in the detector's own format
 */
public record DetectorSnapshot(DetectorKind kind, byte[] state) {

    /** Changes whenever a detector's state format changes, so old states are refused, not misread. */
    static final int FORMAT = 1;

    private static final int MAGIC = 0x56414e44; // "VAND"

    public DetectorSnapshot {
        state = state.clone();
    }

    @Override
    public byte[] state() {
        return state.clone();
    }

    /** A detector that continues exactly where the saved one stood. */
    public AnomalyDetector restore() {
        return kind.restore(state);
    }

    /** The size of the saved state, in bytes. */
    public int size() {
        return state.length;
    }

    public byte[] toBytes() {
        byte[] name = kind.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(12 + name.length + state.length)
                .putInt(MAGIC)
                .putInt(FORMAT)
                .putInt(name.length)
                .put(name)
                .put(state)
                .array();
    }

    public static DetectorSnapshot fromBytes(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 12 || in.getInt() != MAGIC) {
            throw new IllegalArgumentException("not a detector snapshot");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new IllegalArgumentException("detector snapshot format " + format + ", expected " + FORMAT);
        }
        int length = in.getInt();
        if (length < 1 || length > in.remaining()) {
            throw new IllegalArgumentException("damaged detector snapshot");
        }
        byte[] name = new byte[length];
        in.get(name);
        DetectorKind kind;
        try {
            kind = DetectorKind.valueOf(new String(name, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown detector in snapshot", e);
        }
        byte[] state = new byte[in.remaining()];
        in.get(state);
        return new DetectorSnapshot(kind, state);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetectorSnapshot s && kind == s.kind && Arrays.equals(state, s.state);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return "DetectorSnapshot[" + kind + ", " + state.length + " bytes]";
    }
}
