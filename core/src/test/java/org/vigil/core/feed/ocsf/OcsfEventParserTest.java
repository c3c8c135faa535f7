package org.vigil.core.feed.ocsf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.feed.EntityType.DEVICE_ID;
import static org.vigil.core.feed.EntityType.DOMAIN;
import static org.vigil.core.feed.EntityType.EMAIL;
import static org.vigil.core.feed.EntityType.FILE_HASH;
import static org.vigil.core.feed.EntityType.HOST;
import static org.vigil.core.feed.EntityType.IP;
import static org.vigil.core.feed.EntityType.URL;
import static org.vigil.core.feed.EntityType.USER;
import static org.vigil.core.feed.GoldenSamples.assertGolden;
import static org.vigil.core.feed.GoldenSamples.e;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.FeedParserContract;
import org.vigil.core.feed.GoldenSamples;

/**
 * {@code feeds/ocsf/1_1_0_OCSF_*.ocsf} are real OCSF 1.1.0 events (AWS CloudTrail sign-in and API
 * call) from the OCSF project's examples repository (Apache-2.0, see LICENSE-ocsf-examples.txt).
 * The other samples were written from the OCSF schema documentation: Network Activity (4001, as AWS
 * VPC flow logs map to it), DNS Activity (4003), HTTP Activity (4002) with OCSF's URL object,
 * Detection Finding (2004) with {@code attacks} and {@code finding_info.attacks}, and an OCSF 1.0
 * Security Finding (2001) with the deprecated {@code technique_uid} and {@code malware}.
 */
class OcsfEventParserTest extends FeedParserContract {

    private final OcsfEventParser parser = new OcsfEventParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        return sample("1_1_0_OCSF_authentication.ocsf");
    }

    @Override
    protected String wrongTypesRecord() {
        return "{\"class_uid\":\"3002\",\"category_uid\":3,\"severity_id\":\"low\",\"time\":\"yesterday\","
                + "\"src_endpoint\":\"192.0.2.0\"}";
    }

    static String sample(String name) {
        return GoldenSamples.text("/feeds/ocsf/" + name);
    }

    record Golden(
            String file,
            EventCategory category,
            EventSeverity severity,
            String time,
            String summary,
            List<String> techniques,
            List<Entity> entities) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Golden> goldens() {
        return Stream.of(
                new Golden(
                        "1_1_0_OCSF_authentication.ocsf",
                        EventCategory.AUTHENTICATION,
                        EventSeverity.INFO,
                        "2023-11-10T16:24:34Z",
                        "[CloudTrail] Authentication: Logon by anaya from 192.0.2.0 (Success)",
                        List.of(),
                        List.of(
                                e(IP, "192.0.2.0"),
                                e(URL, "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true"),
                                e(USER, "anaya"))),
                new Golden(
                        "1_1_0_OCSF_api_activity.ocsf",
                        EventCategory.WEB,
                        EventSeverity.INFO,
                        "2023-09-21T22:22:52Z",
                        "[CloudTrail] API Activity: Read DescribeDirectConnectGateways on directconnect.amazonaws.com"
                                + " by Level6 from 205.8.181.128",
                        List.of(),
                        List.of(e(IP, "205.8.181.128"), e(USER, "Level6"))),
                new Golden(
                        "network_activity.json",
                        EventCategory.NETWORK,
                        EventSeverity.INFO,
                        "2023-11-14T22:20:00Z",
                        "[Amazon VPC] Network Activity: Traffic from 10.0.1.15 to 198.51.100.7",
                        List.of(),
                        List.of(e(IP, "10.0.1.15"), e(IP, "198.51.100.7"))),
                new Golden(
                        "dns_activity.json",
                        EventCategory.DNS,
                        EventSeverity.INFO,
                        "2024-05-14T07:41:07.250Z",
                        "[Route 53] DNS Activity: Query for evil.example from 10.1.2.3 to 10.1.0.53",
                        List.of(),
                        List.of(
                                e(IP, "10.1.2.3"),
                                e(HOST, "ws-042.corp.example"),
                                e(IP, "10.1.0.53"),
                                e(DOMAIN, "evil.example"))),
                new Golden(
                        "http_activity.json",
                        EventCategory.WEB,
                        EventSeverity.MEDIUM,
                        "2024-05-14T09:41:07Z",
                        "[Squid] HTTP Activity: Get http://downloads.example.net/update/setup.exe by jdoe"
                                + " from 10.0.2.44 to 203.0.113.80 (Success)",
                        List.of(),
                        List.of(
                                e(IP, "10.0.2.44"),
                                e(IP, "203.0.113.80"),
                                e(HOST, "downloads.example.net"),
                                e(USER, "jdoe"),
                                e(EMAIL, "jdoe@corp.example"),
                                e(URL, "http://downloads.example.net/update/setup.exe"))),
                new Golden(
                        "detection_finding.json",
                        EventCategory.INTRUSION,
                        EventSeverity.HIGH,
                        "2024-05-14T09:46:51.523Z",
                        "[ExampleEDR] Suspicious PowerShell download cradle",
                        List.of("T1059", "T1059.001", "T1105"),
                        List.of(
                                e(HOST, "fin-ws-17"),
                                e(IP, "10.0.3.17"),
                                e(DEVICE_ID, "3f2b6c1e-7d4a-4b8e-9c0f-5a6d7e8f9a0b"),
                                e(USER, "mlopez"))),
                new Golden(
                        "security_finding_1_0.json",
                        EventCategory.MALWARE,
                        EventSeverity.CRITICAL,
                        "2024-05-14T10:05:00Z",
                        "[ExampleAV] Emotet dropper quarantined",
                        List.of("T1204", "T1204.002"),
                        List.of(
                                e(HOST, "hr-ws-03"),
                                e(IP, "10.0.4.23"),
                                e(FILE_HASH, "5d41402abc4b2a76b9719d911017c592"),
                                e(FILE_HASH, "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void samplesBecomeTheExpectedEvents(Golden golden) {
        String text = sample(golden.file());
        List<Event> events = events(text);

        assertThat(events).hasSize(1);
        Event event = events.get(0);
        assertGolden(
                event,
                golden.time(),
                golden.category(),
                golden.severity(),
                golden.summary(),
                golden.techniques(),
                golden.entities());
        assertThat(event.id()).isEqualTo(org.vigil.core.feed.EventIds.of(FeedFormat.OCSF, text, 0, event.eventTime()));
        assertThat(event.raw()).isEqualTo(text);
        assertThat(event.receivedTime()).isEqualTo(RECEIVED);
        assertThat(event.source()).isEqualTo("test-source");
        assertThat(event.assetIds()).isEmpty();
    }

    @Test
    void differentSamplesGetDifferentIds() {
        List<String> ids =
                goldens().map(g -> events(sample(g.file())).get(0).id()).toList();

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void rejectionsNameTheField() {
        assertThat(rejection(wrongTypesRecord())).isEqualTo("field class_uid: not a whole number");
        assertThat(rejection("{}")).isEqualTo("field class_uid: missing");
        assertThat(rejection("{\"class_uid\":4001,\"severity_id\":1}")).isEqualTo("field time: missing");
        assertThat(rejection("{\"class_uid\":4001,\"time\":\"1700000400000\"}"))
                .isEqualTo("field time: not a number of milliseconds");
        assertThat(rejection("{\"class_uid\":4001,\"time\":-5}")).isEqualTo("field time: not a date");
        assertThat(rejection("{\"class_uid\":4001,\"time_dt\":\"last Tuesday\"}"))
                .isEqualTo("field time_dt: not a date");
        assertThat(rejection("{\"class_uid\":4001,\"time\":1700000400000,\"severity_id\":7}"))
                .isEqualTo("field severity_id: 7 is not an OCSF severity");
        assertThat(rejection("{\"class_uid\":4001,\"time\":1700000400000,\"severity_id\":\"High\"}"))
                .isEqualTo("field severity_id: not a whole number");
        assertThat(rejection("{\"class_uid\":4001,\"time\":1700000400000,\"src_endpoint\":\"10.0.0.1\"}"))
                .isEqualTo("field src_endpoint: not an object");
        assertThat(rejection("{\"class_uid\":4001,\"time\":1700000400000,\"dst_endpoint\":{\"ip\":167772161}}"))
                .isEqualTo("field dst_endpoint.ip: not a string");
        assertThat(rejection("{\"class_uid\":2004,\"time\":1700000400000,\"attacks\":{\"technique_uid\":\"T1059\"}}"))
                .isEqualTo("field attacks: not a list");
        assertThat(rejection("{\"class_uid\":3002,\"time\":1700000400000,\"actor\":{\"user\":[\"anaya\"]}}"))
                .isEqualTo("field actor.user: not an object");
        assertThat(rejection("[{\"class_uid\":3002,\"time\":1700000400000}]")).isEqualTo("not a JSON object");
    }

    @Test
    void theSeverityCaptionIsReadWhenTheIdIsOtherOrMissing() {
        String other = "{\"class_uid\":2004,\"time\":1700000400000,\"severity_id\":99,\"severity\":\"High\"}";
        String missing = "{\"class_uid\":2004,\"time\":1700000400000,\"severity\":\"critical\"}";
        String unknown = "{\"class_uid\":2004,\"time\":1700000400000,\"severity_id\":0}";
        String fatal = "{\"class_uid\":2004,\"time\":1700000400000,\"severity_id\":6}";

        assertThat(events(other).get(0).severity()).isEqualTo(EventSeverity.HIGH);
        assertThat(events(missing).get(0).severity()).isEqualTo(EventSeverity.CRITICAL);
        assertThat(events(unknown).get(0).severity()).isEqualTo(EventSeverity.INFO);
        assertThat(events(fatal).get(0).severity()).isEqualTo(EventSeverity.CRITICAL);
    }

    @Test
    void theCategoryFollowsTheClassWhenCategoryUidIsMissing() {
        String dns = "{\"class_uid\":4003,\"time\":1700000400000,\"query\":{\"hostname\":\"a.example\"}}";
        String file = "{\"class_uid\":1001,\"time\":1700000400000}";
        String compliance = "{\"class_uid\":2003,\"time\":1700000400000}";
        String account = "{\"class_uid\":3001,\"time\":1700000400000}";
        String inventory = "{\"class_uid\":5001,\"time\":1700000400000}";

        assertThat(events(dns).get(0).category()).isEqualTo(EventCategory.DNS);
        assertThat(events(file).get(0).category()).isEqualTo(EventCategory.FILE);
        assertThat(events(compliance).get(0).category()).isEqualTo(EventCategory.POLICY);
        assertThat(events(account).get(0).category()).isEqualTo(EventCategory.AUTHENTICATION);
        assertThat(events(inventory).get(0).category()).isEqualTo(EventCategory.OTHER);
    }

    @Test
    void theMessageIsTheSummaryWhenThereIsNoFindingTitle() {
        String text = "{\"class_uid\":1007,\"class_name\":\"Process Activity\",\"activity_name\":\"Launch\","
                + "\"time\":1700000400000,\"message\":\"Process started:\\n  cmd.exe /c whoami\","
                + "\"metadata\":{\"product\":{\"name\":\"Sysmon\"}}}";
        String bare = "{\"class_uid\":1007,\"activity_name\":\"Launch\",\"time\":1700000400000}";

        assertThat(events(text).get(0).summary()).isEqualTo("Process started:   cmd.exe /c whoami");
        assertThat(events(bare).get(0).summary()).isEqualTo("OCSF class 1007: Launch");
    }

    @Test
    void aUrlObjectWithoutUrlStringIsPutTogether() {
        String text = "{\"class_uid\":4002,\"type_name\":\"HTTP Activity: Post\",\"time\":1700000400000,"
                + "\"http_request\":{\"url\":{\"scheme\":\"https\",\"hostname\":\"api.example.org\",\"port\":8443,"
                + "\"path\":\"/v1/upload\",\"query_string\":\"id=7\"}}}";

        Event event = events(text).get(0);

        assertThat(event.entities()).containsExactly(e(URL, "https://api.example.org:8443/v1/upload?id=7"));
        assertThat(event.summary()).isEqualTo("HTTP Activity: Post https://api.example.org:8443/v1/upload?id=7");
    }

    @Test
    void aTargetUserWithoutANameIsNamedByUidUnlessItIsTheActor() {
        String text = "{\"class_uid\":3001,\"time\":1700000400000,\"actor\":{\"user\":{\"name\":\"admin\","
                + "\"uid\":\"S-1-5-21-1\"}},\"user\":{\"uid\":\"S-1-5-21-2\",\"email_addr\":\"new@corp.example\"}}";

        assertThat(events(text).get(0).entities())
                .containsExactly(e(USER, "admin"), e(USER, "S-1-5-21-2"), e(EMAIL, "new@corp.example"));
    }

    @Test
    void atlasAndMalformedTechniqueIdsAreSkipped() {
        String text = "{\"class_uid\":2004,\"time\":1700000400000,\"attacks\":[{\"technique\":{\"uid\":\"AML.T0040\"}},"
                + "{\"technique\":{\"uid\":\"T1595\"}},{\"technique_uid\":\"T15\"},"
                + "{\"technique\":{\"uid\":\"T1595\"}}]}";

        assertThat(events(text).get(0).techniques()).containsExactly("T1595");
    }
}
