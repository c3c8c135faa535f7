package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.store.Workspace;

/** {@code vigil listen} receives syslog on loopback and stores what arrives. */
class ListenCommandTest {

    private static final Pattern UDP = Pattern.compile("over udp on /127\\.0\\.0\\.1:(\\d+)");
    private static final String CEF = "<134>Mar 17 09:21:13 waf-01 CEF:0|OWASP|ModSecurity|3.0|942100|"
            + "SQL Injection Attack Detected via libinjection|9|src=203.0.113.199 dst=10.20.1.4 msg=attempt %d";

    @TempDir
    Path dir;

    @Test
    void messagesSentOverUdpAreStoredAndCounted() throws Exception {
        // given a listener on any free UDP port, for a few seconds
        CliHarness cli = new CliHarness(dir);
        CompletableFuture<Integer> run =
                CompletableFuture.supplyAsync(() -> cli.run("listen", "--udp", "0", "--tcp", "-1", "--duration", "4"));
        int port = boundPort(cli);

        // when three CEF messages arrive
        try (DatagramSocket socket = new DatagramSocket()) {
            for (int i = 0; i < 3; i++) {
                byte[] message = String.format(CEF, i).getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), port));
            }
        }

        // then
        assertThat(run.get()).isZero();
        assertThat(cli.out()).contains("Messages received: 3 · stored: 3").contains("dropped (queue full): 0");
        try (Workspace workspace = Workspace.open(cli.workspace())) {
            assertThat(workspace.events().eventCount()).isEqualTo(3);
        }
    }

    @Test
    void aPortThatIsNotAPortIsAUsageError() {
        CliHarness cli = new CliHarness(dir);

        assertThat(cli.run("listen", "--udp", "70000")).isEqualTo(2);
        assertThat(cli.err()).contains("udpPort").contains("70000");
    }

    private static int boundPort(CliHarness cli) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = UDP.matcher(cli.err());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the listener never said where it listens: " + cli.err());
    }
}
