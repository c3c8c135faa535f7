package org.vigil.core.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.JsonRecords;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;

/**
 * Cuts a byte stream into records by the format's framing, with each record's byte offset. Lines
 * longer than {@link #MAX_RECORD_BYTES} and text that is not UTF-8 are quarantined, not parsed.
 */
public final class RecordReader {

    static final int MAX_RECORD_BYTES = 1024 * 1024;

    private final FeedFormat format;

    public RecordReader(FeedFormat format) {
        this.format = format;
    }

    /** Receives the complete lines of a file still being written, each with the offset just past its newline. */
    public interface LineSink {
        void record(RawRecord record, long lineEnd);

        void unreadable(QuarantinedRecord quarantined, long lineEnd);

        /** Whether the reader should stop (the follower is stopping). */
        boolean cancelled();
    }

    /**
     * Reads the complete lines from {@code start} (a byte offset already skipped in {@code in}) of a line
     * format's file that may still be written: a last line without its newline is left for the next read,
     * which starts at the offset returned.
     */
    public long readCompleteLines(String source, InputStream in, long start, LineSink sink) throws IOException {
        if (format.framing() != FeedFormat.Framing.LINES) {
            throw new IllegalStateException(format.cliName() + " is not a line format");
        }
        LineEnds ends = new LineEnds(sink);
        return readLines(source, in, start, ends, bytes -> {}, ends, true);
    }

    /** Reads from {@code start} (a byte offset already skipped in {@code in}); reports progress in bytes. */
    void read(String source, InputStream in, long start, RecordSink sink, LongConsumer progress) throws IOException {
        if (format.framing() == FeedFormat.Framing.LINES) {
            readLines(source, in, start, sink, progress, end -> {}, false);
        } else {
            readDocuments(source, in.readAllBytes(), start, sink, progress);
        }
    }

    /** Returns the offset just past the last complete line. */
    private long readLines(
            String source,
            InputStream in,
            long start,
            RecordSink sink,
            LongConsumer progress,
            LongConsumer lineEnds,
            boolean completeLinesOnly)
            throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buffer = new byte[64 * 1024];
        byte[] line = new byte[8 * 1024];
        int length = 0;
        boolean oversize = false;
        long offset = start;
        long lineStart = start;
        int read;
        while ((read = in.read(buffer)) > 0 && !sink.cancelled()) {
            int from = 0;
            while (from < read) {
                // Copy up to the next newline in one go; a record keeps its first MAX_RECORD_BYTES only.
                int newline = indexOfNewline(buffer, from, read);
                int end = newline < 0 ? read : newline;
                int take = Math.min(end - from, MAX_RECORD_BYTES - length);
                if (take > 0) {
                    if (length + take > line.length) {
                        line = Arrays.copyOf(
                                line, Math.min(MAX_RECORD_BYTES, Math.max(line.length * 2, length + take)));
                    }
                    System.arraycopy(buffer, from, line, length, take);
                    length += take;
                }
                if (take < end - from) {
                    oversize = true;
                }
                offset += end - from;
                if (newline < 0) {
                    break;
                }
                offset++;
                lineEnds.accept(offset);
                emit(source, lineStart, line, length, oversize, utf8, sink);
                length = 0;
                oversize = false;
                lineStart = offset;
                from = newline + 1;
            }
            progress.accept(offset);
        }
        if (!completeLinesOnly && (length > 0 || oversize) && !sink.cancelled()) {
            emit(source, lineStart, line, length, oversize, utf8, sink);
        }
        progress.accept(offset);
        return lineStart;
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void emit(
            String source,
            long offset,
            byte[] line,
            int length,
            boolean oversize,
            CharsetDecoder utf8,
            RecordSink sink) {
        if (oversize) {
            sink.unreadable(new QuarantinedRecord(
                    source,
                    offset,
                    format,
                    "record longer than " + MAX_RECORD_BYTES + " bytes",
                    excerpt(line, length)));
            return;
        }
        int end = length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        if (end == 0 || isBlank(line, end)) {
            return; // blank lines separate nothing and carry nothing
        }
        // The usual way first: one intrinsic copy for ASCII, where the decoder makes a char buffer and two
        // copies. It replaces malformed input with U+FFFD, so only text without any goes without the check.
        String decoded = new String(line, 0, end, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') < 0) {
            sink.record(new RawRecord(source, offset, decoded));
            return;
        }
        try {
            CharBuffer text = utf8.reset().decode(ByteBuffer.wrap(line, 0, end));
            sink.record(new RawRecord(source, offset, text.toString()));
        } catch (CharacterCodingException e) {
            sink.unreadable(new QuarantinedRecord(source, offset, format, "not UTF-8 text", excerpt(line, end)));
        }
    }

    private void readDocuments(String source, byte[] content, long start, RecordSink sink, LongConsumer progress) {
        try (JsonParser parser = JsonRecords.mapper().getFactory().createParser(content)) {
            JsonToken token;
            while (!sink.cancelled() && (token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    while (!sink.cancelled() && (token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                        value(source, content, start, parser, sink);
                    }
                } else {
                    value(source, content, start, parser, sink);
                }
                progress.accept(start + parser.currentLocation().getByteOffset());
            }
        } catch (IOException e) {
            // A document that breaks off cannot be resynchronised: quarantine the rest, read nothing twice.
            String reason = e instanceof JsonProcessingException json
                    ? json.getOriginalMessage() + " at line "
                            + json.getLocation().getLineNr()
                    : e.getMessage();
            sink.unreadable(new QuarantinedRecord(source, start, format, "invalid JSON: " + reason, ""));
        }
        progress.accept(start + content.length);
    }

    private void value(String source, byte[] content, long start, JsonParser parser, RecordSink sink)
            throws IOException {
        int from = (int) parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        int to = (int) parser.currentLocation().getByteOffset();
        if (to - from > MAX_RECORD_BYTES) {
            sink.unreadable(new QuarantinedRecord(
                    source, start + from, format, "record longer than " + MAX_RECORD_BYTES + " bytes", ""));
            return;
        }
        sink.record(new RawRecord(source, start + from, new String(content, from, to - from, StandardCharsets.UTF_8)));
    }

    /** Hands records on to a {@link LineSink} with where their line ends, which the reader reports first. */
    private static final class LineEnds implements RecordSink, LongConsumer {
        private final LineSink sink;
        private long lineEnd;

        LineEnds(LineSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(long end) {
            lineEnd = end;
        }

        @Override
        public void record(RawRecord record) {
            sink.record(record, lineEnd);
        }

        @Override
        public void unreadable(QuarantinedRecord quarantined) {
            sink.unreadable(quarantined, lineEnd);
        }

        @Override
        public boolean cancelled() {
            return sink.cancelled();
        }
    }

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String excerpt(byte[] line, int length) {
        return new String(line, 0, Math.min(length, QuarantinedRecord.EXCERPT_CHARS), StandardCharsets.ISO_8859_1);
    }
}
