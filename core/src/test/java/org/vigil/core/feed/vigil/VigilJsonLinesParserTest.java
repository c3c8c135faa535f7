package org.vigil.core.feed.vigil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.feed.EntityType.DEVICE_ID;
import static org.vigil.core.feed.EntityType.DOMAIN;
import static org.vigil.core.feed.EntityType.EMAIL;
import static org.vigil.core.feed.EntityType.FILE_HASH;
import static org.vigil.core.feed.EntityType.HOST;
import static org.vigil.core.feed.EntityType.IP;
import static org.vigil.core.feed.EntityType.URL;
import static org.vigil.core.feed.EntityType.USER;
import static org.vigil.core.feed.EntityType.VEHICLE_ID;
import static org.vigil.core.feed.GoldenSamples.assertGolden;
import static org.vigil.core.feed.GoldenSamples.e;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.FeedParserContract;
import org.vigil.core.feed.GoldenSamples;
import org.vigil.core.feed.GoldenSamples.Golden;

/**
 * The samples in {@code feeds/vigil/events.jsonl} follow Vigil's own schema as documented in
 * docs/feeds.md (section "Vigil JSON Lines"), one record per category, with every entity kind.
 */
class VigilJsonLinesParserTest extends FeedParserContract {

    private final VigilJsonLinesParser parser = new VigilJsonLinesParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        return samples().get(0);
    }

    @Override
    protected String wrongTypesRecord() {
        return "{\"time\":1710000000,\"category\":3,\"severity\":true,\"summary\":\"x\"}";
    }

    static List<String> samples() {
        return GoldenSamples.lines("/feeds/vigil/events.jsonl");
    }

    static Stream<Golden> goldens() {
        return Stream.of(
                new Golden(
                        0,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.MEDIUM,
                        "2025-03-11T22:37:02Z",
                        "VPN login by dispatch staff outside assigned shift",
                        List.of("T1078", "T1133"),
                        List.of(
                                e(IP, "198.51.100.87"),
                                e(IP, "10.50.200.14"),
                                e(HOST, "vpn-gw-01"),
                                e(USER, "dpinheiro"))),
                new Golden(
                        1,
                        EventCategory.DATA,
                        EventSeverity.HIGH,
                        "2025-03-11T22:41:06.514Z",
                        "Full route plan exported outside assigned shift",
                        List.of("T1213"),
                        List.of(e(IP, "10.50.10.37"), e(HOST, "routes-app-01"), e(USER, "dpinheiro"))),
                new Golden(
                        2,
                        EventCategory.NETWORK,
                        EventSeverity.HIGH,
                        "2025-03-11T22:48:02.765Z",
                        "2.0 MB uploaded to personal cloud storage",
                        List.of("T1567.002"),
                        List.of(
                                e(IP, "10.50.10.37"),
                                e(IP, "203.0.113.77"),
                                e(DOMAIN, "upload.boxdrop.example"),
                                e(URL, "https://upload.boxdrop.example/api/v2/files"))),
                new Golden(
                        3,
                        EventCategory.PHYSICAL,
                        EventSeverity.HIGH,
                        "2025-03-12T06:27:50Z",
                        "BG-41-TX left route corridor CORRIDOR-R0312-ST04",
                        List.of(),
                        List.of(e(DEVICE_ID, "FMC650-356307042881745"), e(VEHICLE_ID, "BG-41-TX"))),
                new Golden(
                        4,
                        EventCategory.PHYSICAL,
                        EventSeverity.CRITICAL,
                        "2025-03-12T05:34:48Z",
                        "Tracker case opened on BG-41-TX",
                        List.of(),
                        List.of(e(DEVICE_ID, "FMC650-356307042881745"), e(VEHICLE_ID, "BG-41-TX"))),
                new Golden(
                        5,
                        EventCategory.WEB,
                        EventSeverity.MEDIUM,
                        "2025-03-17T09:12:44.120Z",
                        "SQL injection blocked on /admin/reports/sales/export",
                        List.of("T1190"),
                        List.of(
                                e(IP, "198.51.100.77"),
                                e(HOST, "shop.lumenhaus.example"),
                                e(URL, "https://shop.lumenhaus.example/admin/reports/sales/export?period=2024-01%27"))),
                new Golden(
                        6,
                        EventCategory.DNS,
                        EventSeverity.LOW,
                        "2025-03-17T09:20:00Z",
                        "DNS query for cdn-cartly-metrics.example from 10.20.1.11",
                        List.of(),
                        List.of(e(IP, "10.20.1.11"), e(DOMAIN, "cdn-cartly-metrics.example"))),
                new Golden(
                        7,
                        EventCategory.TLS,
                        EventSeverity.LOW,
                        "2025-03-17T09:20:01Z",
                        "TLS to cdn-cartly-metrics.example with a certificate issued 2 days ago",
                        List.of(),
                        List.of(e(IP, "10.20.1.11"), e(IP, "192.0.2.44"), e(DOMAIN, "cdn-cartly-metrics.example"))),
                new Golden(
                        8,
                        EventCategory.MALWARE,
                        EventSeverity.CRITICAL,
                        "2025-03-17T10:02:13Z",
                        "Card skimmer found in checkout script",
                        List.of("T1195.002", "T1059.007"),
                        List.of(
                                e(HOST, "web-01"),
                                e(FILE_HASH, "9a4c7e1f03b85d26e9f1a7c04b3d8e52f61a09c7d4e3b8f2a15c06d9e7b4a3f1"))),
                new Golden(
                        9,
                        EventCategory.FILE,
                        EventSeverity.MEDIUM,
                        "2025-03-17T10:05:00Z",
                        "Checkout script changed outside a release",
                        List.of(),
                        List.of(
                                e(HOST, "web-01"),
                                e(HOST, "web-02"),
                                e(FILE_HASH, "e71b4d09c3a85f2e6b10d7c94a3e58f2"))),
                new Golden(
                        10,
                        EventCategory.INTRUSION,
                        EventSeverity.HIGH,
                        "2025-03-17T10:30:00Z",
                        "Phishing mail with credential-harvesting link delivered",
                        List.of("T1566.002"),
                        List.of(
                                e(DOMAIN, "lumenhaus-support.example"),
                                e(URL, "https://lumenhaus-support.example/login"),
                                e(EMAIL, "m.ferreira@lumenhaus.example"),
                                e(EMAIL, "billing@lumenhaus-support.example"))),
                new Golden(
                        11,
                        EventCategory.POLICY,
                        EventSeverity.LOW,
                        "2025-03-17T11:00:00Z",
                        "POLICY event from opa-route-policy",
                        List.of(),
                        List.of(e(USER, "dpinheiro"))),
                new Golden(
                        12,
                        EventCategory.THREAT_INTEL,
                        EventSeverity.MEDIUM,
                        "2025-03-17T11:05:00Z",
                        "Sighting of indicator cdn-cartly-metrics.example",
                        List.of(),
                        List.of(e(IP, "192.0.2.44"), e(DOMAIN, "cdn-cartly-metrics.example"))),
                new Golden(
                        13,
                        EventCategory.OTHER,
                        EventSeverity.INFO,
                        "2025-03-17T11:10:00Z",
                        "Analyst note: shift handover",
                        List.of(),
                        List.of()));
    }

    @Test
    void everySampleHasAGoldenExpectation() {
        assertThat(samples()).hasSize((int) goldens().count());
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void eachSampleBecomesTheExpectedEvent(Golden golden) {
        String line = samples().get(golden.line());

        List<Event> events = events(line);

        assertThat(events).hasSize(1);
        Event event = events.get(0);
        assertGolden(event, golden);
        assertThat(event.raw()).isEqualTo(line);
    }

    private static String record(String extra) {
        return "{\"time\":\"2025-03-17T11:10:00Z\",\"category\":\"WEB\",\"severity\":\"LOW\"" + extra + "}";
    }

    @Test
    void unknownEnumValuesAreRejectedWithTheAllowedValues() {
        assertThat(rejection("{\"time\":\"2025-03-17T11:10:00Z\",\"category\":\"ALERT\",\"severity\":\"LOW\"}"))
                .isEqualTo("field category: unknown value 'ALERT'; allowed: NETWORK, INTRUSION, AUTHENTICATION, WEB,"
                        + " DNS, TLS, FILE, MALWARE, DATA, PHYSICAL, POLICY, THREAT_INTEL, ANOMALY, OTHER");
        assertThat(rejection("{\"time\":\"2025-03-17T11:10:00Z\",\"category\":\"WEB\",\"severity\":\"urgent\"}"))
                .isEqualTo("field severity: unknown value 'urgent'; allowed: INFO, LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void rejectionsNameTheField() {
        assertThat(rejection(wrongTypesRecord())).isEqualTo("field time: not a string");
        assertThat(rejection("{\"category\":\"WEB\",\"severity\":\"LOW\"}")).isEqualTo("field time: missing");
        assertThat(rejection("{\"time\":\"soon\",\"category\":\"WEB\",\"severity\":\"LOW\"}"))
                .isEqualTo("field time: not a date");
        assertThat(rejection("{\"time\":\"2025-03-17T11:10:00Z\",\"severity\":\"LOW\"}"))
                .isEqualTo("field category: missing");
        assertThat(rejection("{\"time\":\"2025-03-17T11:10:00Z\",\"category\":\"WEB\"}"))
                .isEqualTo("field severity: missing");
        assertThat(rejection("{\"time\":\"2025-03-17T11:10:00Z\",\"category\":\" \",\"severity\":\"LOW\"}"))
                .isEqualTo("field category: blank");
        assertThat(rejection(record(",\"sevrity\":\"HIGH\"")))
                .isEqualTo("field sevrity: unknown; allowed fields are time, monitor, category, severity, summary,"
                        + " techniques, entities, fields (free data goes under fields)");
        assertThat(rejection(record(",\"summary\":5"))).isEqualTo("field summary: not a string");
        assertThat(rejection(record(",\"monitor\":[\"x\"]"))).isEqualTo("field monitor: not a string");
        assertThat(rejection(record(",\"fields\":\"x\""))).isEqualTo("field fields: not an object");
        assertThat(rejection(record(",\"techniques\":\"T1078\""))).isEqualTo("field techniques: not a list of strings");
        assertThat(rejection(record(",\"techniques\":[\"T1078\",7]"))).isEqualTo("field techniques[1]: not a string");
        assertThat(rejection(record(",\"techniques\":[\"Valid Accounts\"]")))
                .isEqualTo("field techniques[0]: 'Valid Accounts' is not an ATT&CK technique id such as T1078 or"
                        + " T1021.001");
        assertThat(rejection(record(",\"entities\":[]"))).isEqualTo("field entities: not an object");
        assertThat(rejection(record(",\"entities\":{\"hosts\":[\"web-01\"]}")))
                .isEqualTo("field entities.hosts: unknown entity kind; allowed: ip, host, user, deviceId, vehicleId,"
                        + " domain, url, fileHash, email");
        assertThat(rejection(record(",\"entities\":{\"ip\":\"10.0.0.1\"}")))
                .isEqualTo("field entities.ip: not a list of strings");
        assertThat(rejection(record(",\"entities\":{\"ip\":[\"10.0.0.1\",42]}")))
                .isEqualTo("field entities.ip[1]: not a string");
        assertThat(rejection(record(",\"entities\":{\"user\":[\"  \"]}"))).isEqualTo("field entities.user[0]: blank");
    }

    @Test
    void entitiesAreDeduplicatedAndAMultiLineSummaryBecomesOneLine() {
        Event event = events(record(",\"summary\":\"two\\nlines\",\"techniques\":[\"T1078\",\"t1078\"],"
                        + "\"entities\":{\"ip\":[\"10.0.0.1\",\" 10.0.0.1 \"]}"))
                .get(0);

        assertThat(event.summary()).isEqualTo("two lines");
        assertThat(event.techniques()).containsExactly("T1078");
        assertThat(event.entities()).containsExactly(e(IP, "10.0.0.1"));
    }

    @Test
    void withoutSummaryOrMonitorTheCategoryNamesTheEvent() {
        assertThat(events(record("")).get(0).summary()).isEqualTo("WEB event");
    }
}
