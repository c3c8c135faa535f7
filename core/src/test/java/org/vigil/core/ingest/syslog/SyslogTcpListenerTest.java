package org.vigil.core.ingest.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.assertClosedByListener;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.awaitSettled;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.awaitStats;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.connectTcp;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.ephemeral;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.octetCounted;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.utf8;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.write;

import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.RawRecord;

class SyslogTcpListenerTest {

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
    void octetCountedMessagesSplitAcrossWritesOrSharingOneAreDeliveredExactly() throws IOException {
        start(ephemeral());
        List<String> messages = List.of(
                "<134>1 2025-03-12T06:27:50Z fw01 app - - - CEF:0|V|P|1|100|Split|5|",
                "<134>1 2025-03-12T06:27:51Z fw01 app - - - CEF:0|V|P|1|101|Multi\nline|5|",
                "<134>1 2025-03-12T06:27:52Z fw01 app - - - CEF:0|V|P|1|102|Ünïcödé|5|");
        byte[] stream = utf8(String.join(
                "", messages.stream().map(SyslogTestSupport::octetCounted).toList()));

        try (Socket socket = connectTcp(listener)) {
            write(socket, Arrays.copyOfRange(stream, 0, 2)); // inside the first count
            write(socket, Arrays.copyOfRange(stream, 2, 40)); // inside the first message
            write(socket, Arrays.copyOfRange(stream, 40, stream.length)); // the rest: two and a half messages
        }
        awaitSettled(listener, 3);

        assertThat(sink.texts()).containsExactlyElementsOf(messages);
        assertThat(sink.messages()).extracting(RawRecord::offset).containsExactly(0L, 1L, 2L);
        int port = listener.tcpAddress().orElseThrow().getPort();
        assertThat(sink.messages()).extracting(RawRecord::source).containsOnly("syslog+tcp://127.0.0.1:" + port);
    }

    @Test
    void lineFramedMessagesSplitAcrossWritesOrSharingOneAreDeliveredExactly() throws IOException {
        start(ephemeral());

        try (Socket socket = connectTcp(listener)) {
            write(
                    socket,
                    "<13>Mar 17 10:15:02 fw01 CEF:0|one|\n<13>Mar 17 10:15:02 fw01 CEF:0|two|\r\n<13>Mar 17 10:1");
            write(socket, "5:02 fw01 CEF:0|three|\0<13>Mar 17 10:15:02 fw01 CEF:0|four|");
            write(socket, "\n");
        }
        awaitSettled(listener, 4);

        assertThat(sink.texts())
                .containsExactly(
                        "<13>Mar 17 10:15:02 fw01 CEF:0|one|",
                        "<13>Mar 17 10:15:02 fw01 CEF:0|two|",
                        "<13>Mar 17 10:15:02 fw01 CEF:0|three|",
                        "<13>Mar 17 10:15:02 fw01 CEF:0|four|");
    }

    @Test
    void anOversizeLineIsRejectedAndTheNextLineOnTheSameConnectionIsDelivered() throws IOException {
        start(ephemeral().withMaxMessageBytes(1024));

        try (Socket socket = connectTcp(listener)) {
            write(socket, "<13>" + "x".repeat(100_000) + "\n<13>after\n");
            awaitSettled(listener, 2);
        }

        assertThat(sink.rejects())
                .singleElement()
                .satisfies(reject -> assertThat(reject.reason())
                        .isEqualTo("message of 100004 bytes is longer than the limit of 1024 bytes"));
        assertThat(sink.texts()).containsExactly("<13>after");
        assertThat(listener.stats().oversize()).isEqualTo(1);
    }

    @Test
    void aBadOctetCountIsQuarantinedAndClosesOnlyThatConnection() throws IOException {
        start(ephemeral());

        try (Socket healthy = connectTcp(listener);
                Socket broken = connectTcp(listener)) {
            write(broken, octetCounted("<13>fine") + "12x <13>garbage");
            assertClosedByListener(broken);
            write(healthy, octetCounted("<13>still here"));
            awaitSettled(listener, 3);
        }

        assertThat(sink.texts()).containsExactly("<13>fine", "<13>still here");
        assertThat(sink.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.reason()).startsWith("bad octet count (RFC 6587)").contains("\"12x\"");
            assertThat(reject.excerpt()).isEqualTo("12x <13>garbage");
            assertThat(reject.offset()).isEqualTo(1);
        });
    }

    @Test
    void connectionsBeyondTheLimitAreRefusedAndCounted() throws IOException {
        start(ephemeral().withMaxConnections(2));

        try (Socket first = connectTcp(listener);
                Socket second = connectTcp(listener)) {
            awaitStats(listener, s -> s.connectionsOpen() == 2);
            try (Socket third = connectTcp(listener)) {
                assertClosedByListener(third);
            }
            assertThat(listener.stats().connectionsRefused()).isEqualTo(1);

            write(first, "<13>first\n");
            write(second, "<13>second\n");
            awaitSettled(listener, 2);

            first.close();
            awaitStats(listener, s -> s.connectionsOpen() == 1);
            try (Socket replacement = connectTcp(listener)) {
                write(replacement, "<13>replacement\n");
                awaitSettled(listener, 3);
            }
        }

        assertThat(sink.texts()).containsExactlyInAnyOrder("<13>first", "<13>second", "<13>replacement");
        assertThat(listener.stats().connectionsRefused()).isEqualTo(1);
    }
}
