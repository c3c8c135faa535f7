package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void prefixesThatAreNotWholeBytesAreHonoured() {
        Cidr network = Cidr.parse("192.168.4.0/22");

        assertThat(network.contains("192.168.7.255")).isTrue();
        assertThat(network.contains("192.168.8.0")).isFalse();
    }

    @Test
    void aBareAddressIsASingleHost() {
        Cidr host = Cidr.parse("10.1.2.3");

        assertThat(host.contains("10.1.2.3")).isTrue();
        assertThat(host.contains("10.1.2.4")).isFalse();
    }

    @Test
    void ipv6NetworksMatchIpv6AddressesOnly() {
        Cidr network = Cidr.parse("2001:db8::/32");

        assertThat(network.contains("2001:DB8:1::5")).isTrue();
        assertThat(network.contains("[2001:db8::1]")).isTrue();
        assertThat(network.contains("2001:db9::1")).isFalse();
        assertThat(network.contains("10.0.0.1")).isFalse();
    }

    @Test
    void ipv4MappedIpv6AddressesCountAsIpv4() {
        assertThat(Cidr.parse("10.0.0.0/8").contains("::ffff:10.1.1.1")).isTrue();
    }

    @Test
    void textThatIsNotAnAddressLiteralNeverMatches() {
        Cidr network = Cidr.parse("0.0.0.0/0");

        assertThat(network.contains("localhost")).isFalse();
        assertThat(network.contains("1.2.3")).isFalse();
        assertThat(network.contains("1.2.3.256")).isFalse();
        assertThat(network.contains("1.2.3.4:80")).isFalse();
    }

    @Test
    void malformedNetworksAreRefused() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("example.com/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
