package org.vigil.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;

class RecordReaderTest {

    private final List<RawRecord> records = new ArrayList<>();
    private final List<QuarantinedRecord> unreadable = new ArrayList<>();
    private final List<Long> progress = new ArrayList<>();

    private void read(FeedFormat format, byte[] content) throws IOException {
        new RecordReader(format)
                .read(
                        "file.log",
                        new ByteArrayInputStream(content),
                        0,
                        new RecordSink() {
                            @Override
                            public void record(RawRecord record) {
                                records.add(record);
                            }

                            @Override
                            public void unreadable(QuarantinedRecord quarantined) {
                                unreadable.add(quarantined);
                            }

                            @Override
                            public boolean cancelled() {
                                return false;
                            }
                        },
                        progress::add);
    }

    private void read(FeedFormat format, String content) throws IOException {
        read(format, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesAreCutWithTheirByteOffsetsWhateverTheLineEnding() throws IOException {
        read(FeedFormat.SURICATA_EVE, "{\"a\":1}\r\n\n  \n{\"b\":\"é\"}\n{\"c\":3}");

        assertThat(records).extracting(RawRecord::text).containsExactly("{\"a\":1}", "{\"b\":\"é\"}", "{\"c\":3}");
        assertThat(records).extracting(RawRecord::offset).containsExactly(0L, 13L, 24L);
        assertThat(unreadable).isEmpty();
        assertThat(progress).last().isEqualTo(31L);
    }

    @Test
    void aLineOverOneMebibyteIsQuarantinedAndTheNextLineStillRead() throws IOException {
        String huge = "x".repeat(RecordReader.MAX_RECORD_BYTES + 10);

        read(FeedFormat.WAZUH, huge + "\n{\"ok\":true}\n");

        assertThat(unreadable).singleElement().satisfies(q -> {
            assertThat(q.offset()).isZero();
            assertThat(q.reason()).contains("longer than");
            assertThat(q.excerpt()).hasSize(QuarantinedRecord.EXCERPT_CHARS);
        });
        assertThat(records).extracting(RawRecord::text).containsExactly("{\"ok\":true}");
        assertThat(records.get(0).offset()).isEqualTo(RecordReader.MAX_RECORD_BYTES + 11L);
    }

    @Test
    void utf8TextIsDecodedWhateverItHoldsAndOnlyMalformedLinesAreQuarantined() throws IOException {
        // given ASCII, accented and emoji text, a literal replacement character, then bytes that are no UTF-8
        String valid = "{\"a\":\"plain\"}\n{\"name\":\"Jos\u00e9 \uD83D\uDE00\"}\n{\"r\":\"\uFFFD\"}\n";
        byte[] malformed = {
            '{', '"', 'x', '"', ':', '"', (byte) 0xC3, '"', '}', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'
        };
        byte[] content = new byte[valid.getBytes(StandardCharsets.UTF_8).length + malformed.length];
        System.arraycopy(valid.getBytes(StandardCharsets.UTF_8), 0, content, 0, content.length - malformed.length);
        System.arraycopy(malformed, 0, content, content.length - malformed.length, malformed.length);

        read(FeedFormat.ZEEK, content);

        assertThat(records)
                .extracting(RawRecord::text)
                .containsExactly("{\"a\":\"plain\"}", "{\"name\":\"Jos\u00e9 \uD83D\uDE00\"}", "{\"r\":\"\uFFFD\"}");
        assertThat(unreadable)
                .extracting(QuarantinedRecord::reason)
                .containsExactly("not UTF-8 text", "not UTF-8 text");
    }

    @Test
    void textThatIsNotUtf8IsQuarantined() throws IOException {
        byte[] latin1 = "{\"name\":\"Jos\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);

        read(FeedFormat.ZEEK, latin1);

        assertThat(records).isEmpty();
        assertThat(unreadable)
                .singleElement()
                .extracting(QuarantinedRecord::reason)
                .isEqualTo("not UTF-8 text");
    }

    @Test
    void documentsMayBeOneObjectAnArrayOrSeveralPrettyPrintedValues() throws IOException {
        read(FeedFormat.OCSF, "{\n  \"a\": 1\n}\n[{\"b\": 2}, {\"c\": [3]}]\n{\"d\": 4}");

        assertThat(records)
                .extracting(RawRecord::text)
                .containsExactly("{\n  \"a\": 1\n}", "{\"b\": 2}", "{\"c\": [3]}", "{\"d\": 4}");
        assertThat(records.get(1).offset()).isEqualTo(14L);
    }

    @Test
    void aBrokenDocumentQuarantinesTheRestAfterWhatCouldBeRead() throws IOException {
        read(FeedFormat.STIX, "{\"type\": \"bundle\"}\n{\"type\": \"bun");

        assertThat(records).hasSize(1);
        assertThat(unreadable)
                .singleElement()
                .extracting(QuarantinedRecord::reason)
                .asString()
                .startsWith("invalid JSON");
    }
}
