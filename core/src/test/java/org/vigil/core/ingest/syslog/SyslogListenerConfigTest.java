package org.vigil.core.ingest.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.FeedFormat;

class SyslogListenerConfigTest {

    private final SyslogListenerConfig defaults = SyslogListenerConfig.defaults();

    @Test
    void defaultsListenOnLoopbackPort5514WithBoundedQueueAndConnections() {
        assertThat(defaults.bindAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(defaults.udpPort()).isEqualTo(5514);
        assertThat(defaults.tcpPort()).isEqualTo(5514);
        assertThat(defaults.queueCapacity()).isEqualTo(10_000);
        assertThat(defaults.maxQueuedBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(defaults.maxConnections()).isEqualTo(64);
        assertThat(defaults.maxMessageBytes()).isEqualTo(1024 * 1024);
        assertThat(defaults.format()).isEqualTo(FeedFormat.CEF);
    }

    @Test
    void invalidValuesAreRefusedWithAMessageNamingTheSetting() {
        assertThatThrownBy(() -> defaults.withUdpPort(70_000))
                .hasMessage("udpPort: 70000 is not a port (0-65535; 0 = any free port, -1 = disabled)");
        assertThatThrownBy(() -> defaults.withTcpPort(-2)).hasMessageStartingWith("tcpPort: -2 is not a port");
        assertThatThrownBy(() ->
                        defaults.withUdpPort(SyslogListenerConfig.DISABLED).withTcpPort(SyslogListenerConfig.DISABLED))
                .hasMessage("udpPort and tcpPort are both disabled: there is nothing to listen on");
        assertThatThrownBy(() -> defaults.withQueueCapacity(0)).hasMessage("queueCapacity: 0 is less than 1");
        assertThatThrownBy(() -> defaults.withMaxConnections(0)).hasMessage("maxConnections: 0 is less than 1");
        assertThatThrownBy(() -> defaults.withMaxMessageBytes(2 * 1024 * 1024))
                .hasMessageStartingWith("maxMessageBytes: 2097152 is not between 480 (RFC 5426) and 1048576");
        assertThatThrownBy(() -> defaults.withMaxQueuedBytes(1000))
                .hasMessageStartingWith("maxQueuedBytes: 1000 is less than maxMessageBytes (1048576)");
        assertThatThrownBy(() -> defaults.withBindAddress(null)).hasMessageStartingWith("bindAddress: required");
        assertThatThrownBy(() -> defaults.withFormat(null)).hasMessageStartingWith("format: required");
    }
}
