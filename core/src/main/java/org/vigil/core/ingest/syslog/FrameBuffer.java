package org.vigil.core.ingest.syslog;

import java.util.Arrays;

/**
 * The bytes of the frame being read on one connection. It keeps at most a set number of bytes but
 * counts them all, so an oversize message costs its excerpt, never its whole length.
 */
final class FrameBuffer {

    private static final int INITIAL_BYTES = 1024;

    /** One huge message should not pin its buffer for the rest of a long-lived connection. */
    private static final int RETAINED_BYTES = 64 * 1024;

    private byte[] bytes = new byte[INITIAL_BYTES];
    private int stored;
    private long total;
    private int keep;
    private byte last;

    /** Starts a new frame, of which the first {@code keepBytes} bytes will be kept. */
    void begin(int keepBytes) {
        if (bytes.length > RETAINED_BYTES) {
            bytes = new byte[INITIAL_BYTES];
        }
        stored = 0;
        total = 0;
        keep = keepBytes;
    }

    void append(byte[] data, int offset, int count) {
        if (count <= 0) {
            return;
        }
        total += count;
        last = data[offset + count - 1];
        int take = Math.min(count, keep - stored);
        if (take > 0) {
            if (stored + take > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(stored + take, (int) Math.min(keep, 2L * bytes.length)));
            }
            System.arraycopy(data, offset, bytes, stored, take);
            stored += take;
        }
    }

    /** The kept bytes; valid up to {@link #stored()}. */
    byte[] bytes() {
        return bytes;
    }

    int stored() {
        return stored;
    }

    /** All bytes appended to this frame, kept or not. */
    long total() {
        return total;
    }

    /** The last byte appended, kept or not. */
    byte last() {
        return last;
    }
}
