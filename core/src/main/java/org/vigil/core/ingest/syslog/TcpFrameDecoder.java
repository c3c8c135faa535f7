package org.vigil.core.ingest.syslog;

import java.util.function.Consumer;
import org.vigil.core.feed.QuarantinedRecord;

/**
 * Cuts the byte stream of one TCP connection into syslog messages (RFC 6587). The first byte of
 * the connection decides the framing: a digit means octet counting ({@code LEN SP MSG}, no
 * trailer needed), anything else non-transparent framing (a message ends at LF or NUL, a CR before
 * the LF is dropped). Line ends and NULs between octet-counted frames are tolerated, because some
 * senders add them. A broken octet count leaves no way to find the next frame, so it is reported
 * and the decoder refuses the rest of the stream.
 */
final class TcpFrameDecoder {

    /** 9 digits hold any length up to 999,999,999: far beyond any limit, short enough never to overflow. */
    private static final int MAX_LENGTH_DIGITS = 9;

    private enum State {
        FIRST_BYTE,
        LENGTH,
        OCTETS,
        LINE,
        BROKEN
    }

    private final String source;
    private final int maxMessageBytes;
    private final Consumer<Inbound> out;
    private final FrameBuffer frame = new FrameBuffer();
    private State state = State.FIRST_BYTE;
    private long length;
    private int lengthDigits;
    private long remaining;

    TcpFrameDecoder(String source, int maxMessageBytes, Consumer<Inbound> out) {
        this.source = source;
        this.maxMessageBytes = maxMessageBytes;
        this.out = out;
    }

    /** Reads the next bytes of the stream; false if the framing is broken and the connection should be closed. */
    boolean feed(byte[] data, int offset, int count) {
        int i = offset;
        int end = offset + count;
        while (i < end && state != State.BROKEN) {
            i = switch (state) {
                case FIRST_BYTE -> firstByte(data, i);
                case LENGTH -> length(data, i, end);
                case OCTETS -> octets(data, i, end);
                case LINE -> line(data, i, end);
                case BROKEN -> end;
            };
        }
        return state != State.BROKEN;
    }

    /** The peer closed the connection: a last message without trailer still counts, a cut octet-counted frame does not. */
    void endOfStream() {
        if (state == State.LINE && frame.total() > 0) {
            emitFrame();
        } else if (state == State.LENGTH && lengthDigits > 0) {
            out.accept(Inbound.broken(
                    source, "connection closed inside the octet count " + length + " (RFC 6587)", new byte[0], 0));
        } else if (state == State.OCTETS) {
            out.accept(Inbound.broken(
                    source,
                    "connection closed after " + frame.total() + " of " + length
                            + " bytes of an octet-counted message (RFC 6587)",
                    frame.bytes(),
                    frame.stored()));
        }
        state = State.BROKEN;
    }

    private int firstByte(byte[] data, int i) {
        byte b = data[i];
        if (Inbound.isTrailer(b)) {
            return i + 1;
        }
        if (isDigit(b)) {
            state = State.LENGTH;
        } else {
            state = State.LINE;
            frame.begin(maxMessageBytes + 1); // one more, for a CR before the LF
        }
        return i;
    }

    private int length(byte[] data, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = data[i];
            if (lengthDigits == 0 && Inbound.isTrailer(b)) {
                continue;
            }
            if (isDigit(b) && !(lengthDigits == 0 && b == '0') && lengthDigits < MAX_LENGTH_DIGITS) {
                length = length * 10 + (b - '0');
                lengthDigits++;
            } else if (b == ' ' && lengthDigits > 0) {
                beginOctets();
                return i + 1;
            } else {
                brokenLength(data, i, end);
                return end;
            }
        }
        return end;
    }

    private void beginOctets() {
        remaining = length;
        // An oversize frame is skipped as it streams by; only its excerpt is kept.
        frame.begin(length > maxMessageBytes ? QuarantinedRecord.EXCERPT_CHARS : (int) length);
        state = State.OCTETS;
    }

    private int octets(byte[] data, int start, int end) {
        int take = (int) Math.min(remaining, end - start);
        frame.append(data, start, take);
        remaining -= take;
        if (remaining == 0) {
            emitFrame();
            length = 0;
            lengthDigits = 0;
            state = State.LENGTH;
        }
        return start + take;
    }

    private int line(byte[] data, int start, int end) {
        int i = start;
        while (i < end && data[i] != '\n' && data[i] != 0) {
            i++;
        }
        frame.append(data, start, i - start);
        if (i == end) {
            return end;
        }
        emitFrame();
        frame.begin(maxMessageBytes + 1);
        return i + 1;
    }

    private void emitFrame() {
        long size = frame.total();
        if (state == State.LINE && frame.last() == '\r') {
            size--; // part of the CRLF line end, not of the message
        }
        if (size > maxMessageBytes) {
            out.accept(Inbound.oversize(source, size, maxMessageBytes, frame.bytes(), frame.stored()));
            return;
        }
        Inbound.Message message = Inbound.message(source, frame.bytes(), frame.stored());
        if (message != null) {
            out.accept(message);
        }
    }

    private void brokenLength(byte[] data, int at, int end) {
        String digits = lengthDigits > 0 ? Long.toString(length) : "";
        String seen = digits + shown(data[at]);
        // The digits may have come in an earlier read: the excerpt starts with them, then what broke the count.
        byte[] head = new byte[Math.min(QuarantinedRecord.EXCERPT_CHARS, digits.length() + end - at)];
        for (int i = 0; i < digits.length(); i++) {
            head[i] = (byte) digits.charAt(i);
        }
        System.arraycopy(data, at, head, digits.length(), head.length - digits.length());
        out.accept(Inbound.broken(
                source,
                "bad octet count (RFC 6587): expected a length of 1 to " + MAX_LENGTH_DIGITS
                        + " digits, not starting with 0, and a space; found \"" + seen + "\"; connection closed",
                head,
                head.length));
        state = State.BROKEN;
    }

    private static String shown(byte b) {
        return b > ' ' && b < 127 ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
