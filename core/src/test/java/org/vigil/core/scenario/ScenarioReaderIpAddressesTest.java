package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.TestScenario.WEB_SERVER;
import static org.vigil.core.scenario.ScenarioReading.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.TestScenario;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.IdentifierType;

/** IP addresses and CIDR networks among an asset's identifiers are checked strictly, without asking DNS. */
class ScenarioReaderIpAddressesTest {

    private ScenarioReadResult withIdentifier(String key, String value) {
        return read(TestScenario.minimal().withIdentifiers(WEB_SERVER, key, value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "192.0.2.1",
                "0.0.0.0",
                "255.255.255.255",
                "::1",
                "::",
                "2001:db8::1",
                "2001:DB8:0:0:8:800:200C:417A",
                "1:2:3:4:5:6:7:8",
                "fe80::1",
                "::ffff:192.0.2.1",
                "64:ff9b::192.0.2.33"
            })
    void acceptsIpv4AndIpv6Literals(String ip) {
        // when
        ScenarioReadResult result = withIdentifier("ip", ip);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.scenario().orElseThrow().assets().get(0).identifiers())
                .containsExactly(new AssetIdentifier(IdentifierType.IP, ip));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.com",
                "localhost",
                "web-server",
                "256.0.0.1",
                "192.0.2",
                "192.0.2.1.5",
                "010.0.0.1",
                "1:2:3:4:5:6:7:8:9",
                "1::2::3",
                "12345::1",
                "::g",
                ":",
                "[::1]",
                "fe80::1%eth0",
                "::ffff:192.0.2",
                "192.0.2.1/32"
            })
    void rejectsAnythingElseAsABadIpWithoutAskingDns(String notAnIp) {
        // "localhost" would resolve if the reader asked the resolver; it must stay a bad IP

        // when
        ScenarioReadResult result = withIdentifier("ip", notAnIp);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::path, Problem::code, Problem::args)
                .containsExactly(tuple("$.assets[0].identifiers.ip[0]", ProblemCode.BAD_IP, List.of(notAnIp)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.0/8",
                "0.0.0.0/0",
                "192.0.2.1/32",
                "::/0",
                "2001:db8::/32",
                "2001:db8::1/128",
                "::ffff:192.0.2.0/120"
            })
    void acceptsCidrNetworksOfBothFamilies(String cidr) {
        // when
        ScenarioReadResult result = withIdentifier("cidr", cidr);

        // then
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.0/33",
                "2001:db8::/129",
                "10.0.0.0",
                "10.0.0.0/",
                "/8",
                "10.0.0.0/-1",
                "10.0.0.0/+8",
                "10.0.0.0/x",
                "10.0.0.0/8/8",
                "10.0.0.0/1000",
                "example.com/8",
                "localhost/8",
                "256.0.0.0/8"
            })
    void rejectsMalformedNetworksAsBadCidr(String notACidr) {
        // when
        ScenarioReadResult result = withIdentifier("cidr", notACidr);

        // then
        assertThat(result.problems())
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple("$.assets[0].identifiers.cidr[0]", ProblemCode.BAD_CIDR));
    }

    @Test
    void rejectsAPrefixWrittenInNonAsciiDigits() {
        // "٨" is ARABIC-INDIC DIGIT EIGHT
        assertThat(withIdentifier("cidr", "10.0.0.0/\u0668").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.BAD_CIDR);
    }
}
