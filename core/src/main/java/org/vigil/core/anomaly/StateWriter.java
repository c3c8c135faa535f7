package org.vigil.core.anomaly;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a detector's state as plain numbers in a fixed order; {@link StateReader} reads it back. */
final class StateWriter {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(bytes);

    StateWriter writeInt(int value) {
        try {
            out.writeInt(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    StateWriter writeLong(long value) {
        try {
            out.writeLong(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    StateWriter writeDouble(double value) {
        try {
            // the raw bits, so NaN and -0.0 come back exactly
            out.writeLong(Double.doubleToRawLongBits(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    StateWriter writeBoolean(boolean value) {
        return writeInt(value ? 1 : 0);
    }

    StateWriter writeInts(int[] values, int length) {
        writeInt(length);
        for (int i = 0; i < length; i++) {
            writeInt(values[i]);
        }
        return this;
    }

    StateWriter writeDoubles(double[] values) {
        writeInt(values.length);
        for (double value : values) {
            writeDouble(value);
        }
        return this;
    }

    StateWriter writeBytes(byte[] values) {
        writeInt(values.length);
        try {
            out.write(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }
}
