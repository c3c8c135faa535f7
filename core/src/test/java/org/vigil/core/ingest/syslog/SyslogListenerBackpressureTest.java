package org.vigil.core.ingest.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.awaitSettled;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.awaitStats;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.connectTcp;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.ephemeral;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.write;

import java.io.IOException;
import java.net.Socket;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.RawRecord;

/** A sink that falls behind must cost dropped messages, counted, never unbounded memory or a stalled network. */
class SyslogListenerBackpressureTest {

    private static final int FLOOD = 50_000;

    private final RecordingSink sink = RecordingSink.blocked();
    private SyslogListener listener;

    @AfterEach
    void closeListener() {
        sink.release();
        if (listener != null) {
            listener.close();
        }
    }

    @Test
    void aFloodIntoAStalledSinkIsDroppedAndCountedAndTheCountsAddUpAfterRelease()
            throws IOException, InterruptedException {
        listener = new SyslogListener(
                ephemeral().withUdpPort(SyslogListenerConfig.DISABLED).withQueueCapacity(4), sink);
        listener.start();
        try (Socket socket = connectTcp(listener)) {
            write(socket, "<13>message 0\n");
            sink.awaitFirstMessage();

            write(
                    socket,
                    IntStream.range(1, FLOOD)
                            .mapToObj(i -> "<13>message " + i + "\n")
                            .collect(Collectors.joining()));
            SyslogListenerStats flooded = awaitStats(listener, s -> s.received() == FLOOD);

            assertThat(flooded.queueDepth()).isEqualTo(4);
            assertThat(flooded.dropped()).isEqualTo(FLOOD - 1 - 4);
            assertThat(flooded.delivered()).isZero();
        }

        sink.release();
        SyslogListenerStats settled = awaitSettled(listener, FLOOD);

        assertThat(settled.received()).isEqualTo(settled.delivered() + settled.dropped() + settled.rejected());
        assertThat(settled.delivered()).isEqualTo(5);
        assertThat(settled.queueDepth()).isZero();
        assertThat(sink.texts())
                .containsExactly("<13>message 0", "<13>message 1", "<13>message 2", "<13>message 3", "<13>message 4");
        assertThat(sink.messages()).extracting(RawRecord::offset).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void theQueueAlsoDropsWhenItsByteBudgetIsSpentBeforeItsCountIs() throws IOException, InterruptedException {
        SyslogListenerConfig config = ephemeral()
                .withTcpPort(SyslogListenerConfig.DISABLED)
                .withQueueCapacity(100)
                .withMaxMessageBytes(480)
                .withMaxQueuedBytes(1000);
        listener = new SyslogListener(config, sink);
        listener.start();
        String big = "<13>" + "b".repeat(396); // 400 bytes: two fit in 1000, a third does not

        SyslogTestSupport.sendUdp(listener, SyslogTestSupport.utf8("<13>first"));
        sink.awaitFirstMessage();
        byte[] bigBytes = SyslogTestSupport.utf8(big);
        SyslogTestSupport.sendUdp(listener, bigBytes, bigBytes, bigBytes, bigBytes);
        SyslogListenerStats flooded = awaitStats(listener, s -> s.received() == 5);

        assertThat(flooded.queueDepth()).isEqualTo(2);
        assertThat(flooded.dropped()).isEqualTo(2);
        sink.release();
        assertThat(awaitSettled(listener, 5).delivered()).isEqualTo(3);
    }
}
