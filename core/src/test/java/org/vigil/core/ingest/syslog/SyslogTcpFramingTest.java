package org.vigil.core.ingest.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.octetCounted;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6587 framing of one TCP stream, without sockets: every way the bytes can be cut must give the same messages. */
class SyslogTcpFramingTest {

    private static final int LIMIT = 1000;

    private final List<Inbound> out = new ArrayList<>();
    private final TcpFrameDecoder decoder = new TcpFrameDecoder("syslog+tcp://127.0.0.1:5514", LIMIT, out::add);

    @Test
    void octetCountedMessagesComeOutWholeWhereverTheStreamIsCut() {
        String stream = octetCounted("<13>1 2025-03-12T06:27:50Z fw01 app - - - CEF:0|a|b|1|1|x|5|")
                + octetCounted("<14>multi\nline message, with a 12 that looks like a count")
                + octetCounted("é ünïcödé");
        byte[] bytes = utf8(stream);

        for (int cut = 0; cut <= bytes.length; cut++) {
            out.clear();
            TcpFrameDecoder fresh = new TcpFrameDecoder("s", LIMIT, out::add);

            fresh.feed(bytes, 0, cut);
            fresh.feed(bytes, cut, bytes.length - cut);

            assertThat(texts())
                    .as("cut at byte %d", cut)
                    .containsExactly(
                            "<13>1 2025-03-12T06:27:50Z fw01 app - - - CEF:0|a|b|1|1|x|5|",
                            "<14>multi\nline message, with a 12 that looks like a count",
                            "é ünïcödé");
        }
    }

    @Test
    void octetCountedStreamFedOneByteAtATimeGivesTheSameMessages() {
        byte[] bytes = utf8(octetCounted("first") + "\n" + octetCounted("second") + "\r\n" + octetCounted("third"));

        for (int i = 0; i < bytes.length; i++) {
            decoder.feed(bytes, i, 1);
        }

        assertThat(texts()).containsExactly("first", "second", "third");
    }

    @Test
    void lineFramedMessagesEndAtLfCrLfOrNulAndBlankLinesAreSkipped() {
        feed("<13>one\n<13>two\r\n\n<13>three\0<13>fo");
        feed("ur\n<13>last without trailer");

        decoder.endOfStream();

        assertThat(texts()).containsExactly("<13>one", "<13>two", "<13>three", "<13>four", "<13>last without trailer");
    }

    @Test
    void theFirstByteDecidesTheFramingForTheWholeConnection() {
        feed("<13>a line\n12 not a count\n");

        assertThat(texts()).containsExactly("<13>a line", "12 not a count");
    }

    @Test
    void anOversizeLineIsRejectedWithAnExcerptAndTheNextLineStillComesThrough() {
        feed("<13>" + "x".repeat(5000) + "\n<13>next\n");

        assertThat(out).hasSize(2);
        Inbound.Reject reject = (Inbound.Reject) out.get(0);
        assertThat(reject.oversize()).isTrue();
        assertThat(reject.reason()).isEqualTo("message of 5004 bytes is longer than the limit of 1000 bytes");
        assertThat(reject.excerpt()).hasSize(200).startsWith("<13>xxx");
        assertThat(texts()).containsExactly("<13>next");
    }

    @Test
    void aLineOfExactlyTheLimitEndedByCrLfIsNotOversize() {
        String message = "<13>" + "y".repeat(LIMIT - 4);

        feed(message + "\r\n");

        assertThat(texts()).containsExactly(message);
    }

    @Test
    void anOversizeOctetCountedFrameIsSkippedAndTheNextFrameStillComesThrough() {
        feed(octetCounted("z".repeat(3000)) + octetCounted("after"));

        assertThat(out).hasSize(2);
        Inbound.Reject reject = (Inbound.Reject) out.get(0);
        assertThat(reject.reason()).isEqualTo("message of 3000 bytes is longer than the limit of 1000 bytes");
        assertThat(reject.excerpt()).isEqualTo("z".repeat(200));
        assertThat(texts()).containsExactly("after");
    }

    @Test
    void aBadOctetCountIsRejectedWithWhatWasFoundAndTheRestOfTheStreamRefused() {
        boolean goOn = decoder.feed(utf8("5 hello12x <13>never"), 0, 20);

        assertThat(goOn).isFalse();
        assertThat(texts()).containsExactly("hello");
        Inbound.Reject reject = (Inbound.Reject) out.get(1);
        assertThat(reject.oversize()).isFalse();
        assertThat(reject.reason())
                .isEqualTo("bad octet count (RFC 6587): expected a length of 1 to 9 digits, not starting with 0,"
                        + " and a space; found \"12x\"; connection closed");
        assertThat(reject.excerpt()).isEqualTo("12x <13>never");
        assertThat(decoder.feed(utf8("5 again"), 0, 7)).isFalse();
        assertThat(out).hasSize(2);
    }

    @Test
    void aLengthStartingWithZeroOrLongerThanNineDigitsIsABadOctetCount() {
        assertThat(new TcpFrameDecoder("s", LIMIT, out::add).feed(utf8("3 abc05 hello"), 0, 13))
                .isFalse();
        assertThat(new TcpFrameDecoder("s", LIMIT, out::add).feed(utf8("1234567890 x"), 0, 12))
                .isFalse();

        assertThat(out)
                .filteredOn(Inbound.Reject.class::isInstance)
                .extracting(i -> ((Inbound.Reject) i).reason())
                .allMatch(r -> r.startsWith("bad octet count (RFC 6587)"))
                .anyMatch(r -> r.contains("found \"0\""))
                .anyMatch(r -> r.contains("found \"1234567890\""));
    }

    @Test
    void aConnectionClosedInsideAnOctetCountedFrameRejectsTheCutFrame() {
        feed(octetCounted("complete") + "20 only ten b");

        decoder.endOfStream();

        assertThat(texts()).containsExactly("complete");
        Inbound.Reject reject = (Inbound.Reject) out.get(1);
        assertThat(reject.reason())
                .isEqualTo("connection closed after 10 of 20 bytes of an octet-counted message (RFC 6587)");
        assertThat(reject.excerpt()).isEqualTo("only ten b");
    }

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        decoder.feed(bytes, 0, bytes.length);
    }

    private List<String> texts() {
        return out.stream()
                .filter(Inbound.Message.class::isInstance)
                .map(i -> new String(((Inbound.Message) i).bytes(), StandardCharsets.UTF_8))
                .toList();
    }
}
