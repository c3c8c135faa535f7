package org.vigil.core.ingest.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.awaitSettled;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.ephemeral;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.sendUdp;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.utf8;

import java.io.IOException;
import java.net.InetAddress;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;

class SyslogUdpListenerTest {

    private final RecordingSink sink = RecordingSink.open();
    private SyslogListener listener;

    @AfterEach
    void closeListener() {
        if (listener != null) {
            listener.close();
        }
    }

    private void start(SyslogListenerConfig config) throws IOException {
        listener = new SyslogListener(config, sink);
        listener.start();
    }

    @Test
    void datagramsAreDeliveredInOrderEachOneMessageNumberedInSequence() throws IOException {
        start(ephemeral());
        int port = listener.udpAddress().orElseThrow().getPort();
        byte[][] datagrams = IntStream.range(0, 50)
                .mapToObj(i -> utf8("<134>Mar 17 10:15:02 fw01 CEF:0|Vendor|Product|1.0|100|Event " + i + "|5|\n"))
                .toArray(byte[][]::new);

        sendUdp(listener, datagrams);
        awaitSettled(listener, 50);

        assertThat(sink.texts())
                .containsExactlyElementsOf(IntStream.range(0, 50)
                        .mapToObj(i -> "<134>Mar 17 10:15:02 fw01 CEF:0|Vendor|Product|1.0|100|Event " + i + "|5|")
                        .toList());
        assertThat(sink.messages())
                .extracting(RawRecord::offset)
                .containsExactlyElementsOf(LongStream.range(0, 50).boxed().toList());
        assertThat(sink.messages()).extracting(RawRecord::source).containsOnly("syslog+udp://127.0.0.1:" + port);
        assertThat(listener.stats().dropped()).isZero();
    }

    @Test
    void byDefaultOnlyTheLoopbackAddressIsBound() throws IOException {
        start(SyslogListenerConfig.defaults().withUdpPort(0).withTcpPort(0));

        assertThat(listener.udpAddress().orElseThrow().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(listener.tcpAddress().orElseThrow().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(listener.udpAddress().orElseThrow().getPort()).isPositive();
    }

    @Test
    void anOversizeDatagramIsRejectedWithAnExcerptAndTheNextOneIsStillDelivered() throws IOException {
        start(ephemeral().withMaxMessageBytes(480));

        sendUdp(listener, utf8("<13>" + "A".repeat(2000)), utf8("<13>next"));
        awaitSettled(listener, 2);

        assertThat(sink.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.reason())
                    .isEqualTo("message of more than 480 bytes is longer than the limit of 480 bytes");
            assertThat(reject.excerpt())
                    .hasSize(QuarantinedRecord.EXCERPT_CHARS)
                    .startsWith("<13>AAAA");
            assertThat(reject.offset()).isZero();
            assertThat(reject.format()).isEqualTo(FeedFormat.CEF);
        });
        assertThat(sink.messages()).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("<13>next");
            assertThat(message.offset()).isEqualTo(1);
        });
        assertThat(listener.stats().oversize()).isEqualTo(1);
        assertThat(listener.stats().rejected()).isEqualTo(1);
    }

    @Test
    void textThatIsNotUtf8IsQuarantinedInTheConfiguredFormat() throws IOException {
        start(ephemeral().withFormat(FeedFormat.WAZUH));

        sendUdp(listener, new byte[] {'<', '1', '3', '>', 'b', 'a', 'd', ' ', (byte) 0xC3, '('}, utf8("<13>good"));
        awaitSettled(listener, 2);

        assertThat(sink.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.reason()).isEqualTo("not UTF-8 text");
            assertThat(reject.excerpt()).startsWith("<13>bad ");
            assertThat(reject.format()).isEqualTo(FeedFormat.WAZUH);
            assertThat(reject.source()).startsWith("syslog+udp://127.0.0.1:");
        });
        assertThat(sink.texts()).containsExactly("<13>good");
    }
}
