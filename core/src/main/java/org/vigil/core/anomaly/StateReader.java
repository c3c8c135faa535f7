package org.vigil.core.anomaly;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/** Reads what {@link StateWriter} wrote, failing with {@link IllegalArgumentException} on a damaged state. */
final class StateReader {

    /** More elements than any detector keeps: a length past it means a damaged state, not a huge one. */
    private static final int MAX_LENGTH = 1 << 24;

    private final DataInputStream in;

    StateReader(byte[] state) {
        this.in = new DataInputStream(new ByteArrayInputStream(state));
    }

    int readInt() {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IllegalArgumentException("detector state ends too early", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable detector state", e);
        }
    }

    long readLong() {
        try {
            return in.readLong();
        } catch (EOFException e) {
            throw new IllegalArgumentException("detector state ends too early", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable detector state", e);
        }
    }

    double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    boolean readBoolean() {
        return readInt() != 0;
    }

    int readLength() {
        int length = readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("detector state has an impossible length " + length);
        }
        return length;
    }

    int[] readInts() {
        int[] values = new int[readLength()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readInt();
        }
        return values;
    }

    double[] readDoubles() {
        double[] values = new double[readLength()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readDouble();
        }
        return values;
    }

    byte[] readBytes() {
        byte[] values = new byte[readLength()];
        try {
            in.readFully(values);
        } catch (IOException e) {
            throw new IllegalArgumentException("detector state ends too early", e);
        }
        return values;
    }

    /** Fails unless everything was read: trailing bytes mean the state belongs to another format. */
    void expectEnd() {
        try {
            if (in.available() > 0) {
                throw new IllegalArgumentException("detector state has trailing bytes");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable detector state", e);
        }
    }
}
