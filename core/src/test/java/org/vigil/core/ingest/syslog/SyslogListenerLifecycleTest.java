package org.vigil.core.ingest.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.awaitStats;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.connectTcp;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.ephemeral;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.noListenerThreadsAlive;
import static org.vigil.core.ingest.syslog.SyslogTestSupport.write;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyslogListenerLifecycleTest {

    private final RecordingSink sink = RecordingSink.open();
    private SyslogListener listener;

    @AfterEach
    void closeListener() {
        if (listener != null) {
            listener.close();
        }
    }

    @Test
    void closeReleasesBothPortsAndLeavesNoListenerThreads() throws IOException {
        listener = new SyslogListener(ephemeral(), sink);
        listener.start();
        int udpPort = listener.udpAddress().orElseThrow().getPort();
        int tcpPort = listener.tcpAddress().orElseThrow().getPort();
        Socket openConnection = connectTcp(listener);
        awaitStats(listener, s -> s.connectionsOpen() == 1);

        listener.close();

        assertThat(noListenerThreadsAlive()).isTrue();
        assertThat(listener.stats().connectionsOpen()).isZero();
        SyslogListener again =
                new SyslogListener(ephemeral().withUdpPort(udpPort).withTcpPort(tcpPort), sink);
        again.start();
        assertThat(again.udpAddress().orElseThrow().getPort()).isEqualTo(udpPort);
        assertThat(again.tcpAddress().orElseThrow().getPort()).isEqualTo(tcpPort);
        again.close();
        openConnection.close();
    }

    @Test
    void closeDeliversWhatIsAlreadyQueuedBeforeItReturns() throws IOException, InterruptedException {
        RecordingSink slowSink = RecordingSink.blocked();
        listener = new SyslogListener(ephemeral(), slowSink);
        listener.start();
        try (Socket socket = connectTcp(listener)) {
            write(socket, "<13>one\n<13>two\n<13>three\n");
            awaitStats(listener, s -> s.received() == 3);
        }

        slowSink.release();
        listener.close();

        assertThat(slowSink.texts()).containsExactly("<13>one", "<13>two", "<13>three");
        assertThat(listener.stats().delivered()).isEqualTo(3);
    }

    @Test
    void closeIsIdempotentAndAClosedListenerCannotStartAgain() throws IOException {
        listener = new SyslogListener(ephemeral(), sink);
        listener.start();

        listener.close();
        listener.close();

        assertThatThrownBy(listener::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aTakenTcpPortFailsStartWithTheAddressAndPortAndBindsNothing() throws IOException {
        try (ServerSocket occupant = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = occupant.getLocalPort();
            listener = new SyslogListener(ephemeral().withTcpPort(port), sink);

            assertThatThrownBy(listener::start)
                    .isInstanceOf(BindException.class)
                    .hasMessageStartingWith("cannot listen for syslog on TCP 127.0.0.1:" + port + ": ");
            assertThat(listener.udpAddress()).isEmpty();
            assertThat(noListenerThreadsAlive()).isTrue();
        }
    }

    @Test
    void aTakenUdpPortFailsStartWithTheAddressAndPort() throws IOException {
        try (DatagramSocket occupant = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = occupant.getLocalPort();
            listener = new SyslogListener(ephemeral().withUdpPort(port), sink);

            assertThatThrownBy(listener::start)
                    .isInstanceOf(BindException.class)
                    .hasMessageStartingWith("cannot listen for syslog on UDP 127.0.0.1:" + port + ": ");
        }
    }

    @Test
    void aSinkThatThrowsIsCountedAndDoesNotStopDelivery() throws IOException {
        RecordingSink survivor = RecordingSink.open();
        SyslogSink failingOnce = new SyslogSink() {
            private boolean failed;

            @Override
            public void message(org.vigil.core.feed.RawRecord record) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("sink broke");
                }
                survivor.message(record);
            }

            @Override
            public void rejected(org.vigil.core.feed.QuarantinedRecord quarantined) {
                survivor.rejected(quarantined);
            }
        };
        listener = new SyslogListener(ephemeral(), failingOnce);
        listener.start();

        SyslogTestSupport.sendUdp(listener, SyslogTestSupport.utf8("<13>lost"), SyslogTestSupport.utf8("<13>kept"));
        SyslogListenerStats stats = SyslogTestSupport.awaitSettled(listener, 2);

        assertThat(stats.sinkFailures()).isEqualTo(1);
        assertThat(survivor.texts()).containsExactly("<13>kept");
    }
}
