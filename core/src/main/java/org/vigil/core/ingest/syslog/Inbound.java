package org.vigil.core.ingest.syslog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.vigil.core.feed.QuarantinedRecord;

/** What a network thread hands to the queue: a message's bytes, or a reject already explained. */
sealed interface Inbound {

    /** The listener address it arrived on, e.g. {@code syslog+tcp://127.0.0.1:5514}. */
    String source();

    /** What it costs to hold in the queue, for the queue's byte budget. */
    long queuedBytes();

    /** The bytes are kept undecoded: decoding (and the UTF-8 check) is the delivery thread's work, not the network's. */
    record Message(String source, byte[] bytes) implements Inbound {
        @Override
        public long queuedBytes() {
            return bytes.length;
        }
    }

    /** A piece that is not a message; only an excerpt of it is kept, however long it was. */
    record Reject(String source, String reason, String excerpt, boolean oversize) implements Inbound {
        @Override
        public long queuedBytes() {
            return excerpt.length();
        }
    }

    /**
     * A message of {@code length} bytes from {@code data}, without the trailing LF, CR or NUL some
     * senders add even when the framing does not need them; null if nothing is left.
     */
    static Message message(String source, byte[] data, int length) {
        int end = length;
        while (end > 0 && isTrailer(data[end - 1])) {
            end--;
        }
        return end == 0 ? null : new Message(source, Arrays.copyOf(data, end));
    }

    /** {@code length} is negative when it is not known (a UDP datagram cut off by the receive buffer). */
    static Reject oversize(String source, long length, int maxMessageBytes, byte[] head, int headLength) {
        String size = length < 0 ? "more than " + maxMessageBytes : Long.toString(length);
        return new Reject(
                source,
                "message of " + size + " bytes is longer than the limit of " + maxMessageBytes + " bytes",
                excerpt(head, headLength),
                true);
    }

    static Reject broken(String source, String reason, byte[] head, int headLength) {
        return new Reject(source, reason, excerpt(head, headLength), false);
    }

    /** The first bytes, for a person to read; bytes that are not UTF-8 show as U+FFFD. */
    static String excerpt(byte[] data, int length) {
        return new String(data, 0, Math.min(length, QuarantinedRecord.EXCERPT_CHARS), StandardCharsets.UTF_8);
    }

    /** Line ends and the NUL some senders end a message with. */
    static boolean isTrailer(byte b) {
        return b == '\n' || b == '\r' || b == 0;
    }
}
