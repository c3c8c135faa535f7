package org.vigil.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.RuleBook;
import org.vigil.content.PilotRulePacks;
import org.vigil.core.anomaly.AnomalyListener;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.feed.cef.CefParser;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.store.Workspace;

/** The workstation's syslog listener: loopback only, stores what arrives, keeps its counts when stopped. */
class SyslogSourceTest {

    private static final Pattern UDP_PORT = Pattern.compile("udp 127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    private Workspace workspace;
    private SyslogSource syslog;

    @BeforeEach
    void aWorkstationListener() throws Exception {
        workspace = Workspace.open(dir.resolve("w.db"));
        RuleBook ruleBook = new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults());
        LivePipelines pipelines = new LivePipelines(
                workspace,
                ruleBook,
                ruleBook.load(List.of()),
                Clock.systemUTC(),
                IncidentListener.NONE,
                AnomalyListener.NONE);
        syslog = new SyslogSource(pipelines, new CefParser());
    }

    @AfterEach
    void close() {
        syslog.close();
        workspace.close();
    }

    @Test
    void whatArrivesIsStoredAndTheCountsStayAfterStopping() throws Exception {
        // given
        syslog.start(0);
        String where = syslog.listening().orElseThrow();
        assertThat(where).contains("udp 127.0.0.1:").contains("tcp 127.0.0.1:");
        Matcher port = UDP_PORT.matcher(where);
        assertThat(port.find()).isTrue();

        // when a monitor sends two messages
        try (DatagramSocket socket = new DatagramSocket()) {
            for (String host : List.of("waf-01", "waf-02")) {
                byte[] message = ("<134>Mar 17 09:21:13 " + host + " CEF:0|OWASP|ModSecurity|3.0|942100|"
                                + "SQL Injection Attack Detected via libinjection|9|src=203.0.113.199")
                        .getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(
                        message, message.length, InetAddress.getLoopbackAddress(), Integer.parseInt(port.group(1))));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (syslog.stats().orElseThrow().received() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        syslog.stop();

        // then
        assertThat(syslog.listening()).isEmpty();
        assertThat(syslog.stats().orElseThrow().received()).isEqualTo(2);
        assertThat(syslog.counts().stored()).isEqualTo(2);
        assertThat(workspace.events().eventCount()).isEqualTo(2);
    }

    @Test
    void aTakenPortIsRefusedWithTheReasonAndNothingKeepsListening() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> syslog.start(taken.getLocalPort()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
        assertThat(syslog.listening()).isEmpty();
    }
}
