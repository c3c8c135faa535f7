package org.vigil.core.feed.wazuh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.feed.EntityType.DOMAIN;
import static org.vigil.core.feed.EntityType.FILE_HASH;
import static org.vigil.core.feed.EntityType.HOST;
import static org.vigil.core.feed.EntityType.IP;
import static org.vigil.core.feed.EntityType.URL;
import static org.vigil.core.feed.EntityType.USER;
import static org.vigil.core.feed.GoldenSamples.assertGolden;
import static org.vigil.core.feed.GoldenSamples.e;

import java.time.Instant;
import java.util.ArrayList;
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
 * The samples in {@code feeds/wazuh/alerts.json} follow the alert layout of Wazuh's documentation
 * (alerts.json written by wazuh-analysisd: rule, agent, manager, decoder, data, syscheck,
 * full_log, location) and its stock rules: sshd (5760, 5712, 5715), file integrity monitoring
 * (550, 554), the VirusTotal integration (87105), rootcheck (510), web access logs (31103, 31168),
 * Windows event channel (60122), Sysmon, Suricata through the JSON decoder (86601) and SCA (19007).
 */
class WazuhAlertParserTest extends FeedParserContract {

    private final WazuhAlertParser parser = new WazuhAlertParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        return samples("alerts.json").get(0);
    }

    @Override
    protected String wrongTypesRecord() {
        return "{\"timestamp\":\"2024-03-17T10:15:02.123+0000\",\"rule\":{\"level\":\"high\",\"description\":"
                + "\"sshd: authentication failed.\",\"groups\":\"syslog\"},\"agent\":{\"name\":\"web-01\"}}";
    }

    static List<String> samples(String name) {
        return GoldenSamples.lines("/feeds/wazuh/" + name);
    }

    static Stream<Golden> goldens() {
        return Stream.of(
                new Golden(
                        0,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.LOW,
                        "2024-03-17T10:15:02.123Z",
                        "sshd: authentication failed.",
                        List.of("T1110.001", "T1021.004"),
                        List.of(e(HOST, "web-01"), e(IP, "10.0.1.11"), e(IP, "203.0.113.45"), e(USER, "admin"))),
                new Golden(
                        1,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.HIGH,
                        "2024-03-17T10:15:09.871Z",
                        "sshd: brute force trying to get access to the system. Non existent user.",
                        List.of("T1110"),
                        List.of(e(HOST, "web-01"), e(IP, "10.0.1.11"), e(IP, "203.0.113.45"), e(USER, "test"))),
                new Golden(
                        2,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.INFO,
                        "2024-03-17T10:21:44.002Z",
                        "sshd: authentication success.",
                        List.of("T1078", "T1021"),
                        List.of(e(HOST, "web-01"), e(IP, "10.0.1.11"), e(IP, "10.0.5.20"), e(USER, "deploy"))),
                new Golden(
                        3,
                        EventCategory.FILE,
                        EventSeverity.MEDIUM,
                        "2024-03-17T10:30:12.554Z",
                        "Integrity checksum changed. [/etc/passwd]",
                        List.of("T1565.001"),
                        List.of(
                                e(HOST, "db-01"),
                                e(IP, "10.0.2.21"),
                                e(FILE_HASH, "f1e2d3c4b5a69788796a5b4c3d2e1f00"),
                                e(FILE_HASH, "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432"),
                                e(FILE_HASH, "c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3"))),
                new Golden(
                        4,
                        EventCategory.FILE,
                        EventSeverity.LOW,
                        "2024-03-17T10:31:05.019Z",
                        "File added to the system. [c:\\users\\public\\invoice_0317.exe]",
                        List.of(),
                        List.of(
                                e(HOST, "win-ws-12"),
                                e(IP, "10.0.3.112"),
                                e(FILE_HASH, "44d88612fea8a8f36de82e1278abb02f"),
                                e(FILE_HASH, "3395856ce81f2b7382dee72602f798b642f14140"),
                                e(FILE_HASH, "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f"))),
                new Golden(
                        5,
                        EventCategory.MALWARE,
                        EventSeverity.HIGH,
                        "2024-03-17T10:31:09.442Z",
                        "VirusTotal: Alert - c:\\users\\public\\invoice_0317.exe - 61 engines detected this file",
                        List.of("T1203"),
                        List.of(
                                e(HOST, "win-ws-12"),
                                e(IP, "10.0.3.112"),
                                e(FILE_HASH, "44d88612fea8a8f36de82e1278abb02f"),
                                e(FILE_HASH, "3395856ce81f2b7382dee72602f798b642f14140"))),
                new Golden(
                        6,
                        EventCategory.MALWARE,
                        EventSeverity.MEDIUM,
                        "2024-03-17T11:02:33.900Z",
                        "Host-based anomaly detection event (rootcheck).",
                        List.of(),
                        List.of(e(HOST, "db-01"), e(IP, "10.0.2.21"))),
                new Golden(
                        7,
                        EventCategory.WEB,
                        EventSeverity.MEDIUM,
                        "2024-03-17T11:15:40.318Z",
                        "SQL injection attempt.",
                        List.of("T1190"),
                        List.of(
                                e(HOST, "web-01"),
                                e(IP, "10.0.1.11"),
                                e(IP, "198.51.100.23"),
                                e(
                                        URL,
                                        "/products.php?id=1%27%20UNION%20SELECT%20username,password%20FROM%20users--%20-"))),
                new Golden(
                        8,
                        EventCategory.WEB,
                        EventSeverity.CRITICAL,
                        "2024-03-17T11:16:02.771Z",
                        "Shellshock attack detected",
                        List.of("T1068", "T1190"),
                        List.of(
                                e(HOST, "web-01"),
                                e(IP, "10.0.1.11"),
                                e(IP, "198.51.100.23"),
                                e(URL, "/cgi-bin/status"))),
                new Golden(
                        9,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.LOW,
                        "2024-03-17T11:04:51.406Z",
                        "Logon Failure - Unknown user or bad password",
                        List.of("T1078", "T1531"),
                        List.of(
                                e(HOST, "win-ws-12"),
                                e(IP, "10.0.3.112"),
                                e(HOST, "WIN-WS-12.corp.example.org"),
                                e(USER, "bob.martin"),
                                e(IP, "10.0.9.66"))),
                new Golden(
                        10,
                        EventCategory.INTRUSION,
                        EventSeverity.HIGH,
                        "2024-03-17T11:08:17.650Z",
                        "Powershell process spawned with an encoded command",
                        List.of("T1059.001", "T1027"),
                        List.of(
                                e(HOST, "win-ws-12"),
                                e(IP, "10.0.3.112"),
                                e(HOST, "WIN-WS-12.corp.example.org"),
                                e(FILE_HASH, "6CBCE4A295C163791B60FC23D285E6D84F28EE4C"),
                                e(FILE_HASH, "7353F60B1739074EB17C5F4DDDEFE239"),
                                e(FILE_HASH, "DE96A6E69944335375DC1AC238336066889D9FFC7D73628EF4FE1B1B160AB32C"))),
                new Golden(
                        11,
                        EventCategory.DNS,
                        EventSeverity.LOW,
                        "2024-03-17T11:08:19.004Z",
                        "Sysmon - Event 22: DNS query to a newly seen domain",
                        List.of(),
                        List.of(
                                e(HOST, "win-ws-12"),
                                e(IP, "10.0.3.112"),
                                e(HOST, "WIN-WS-12.corp.example.org"),
                                e(DOMAIN, "cdn-update.badcdn.example"))),
                new Golden(
                        12,
                        EventCategory.INTRUSION,
                        EventSeverity.INFO,
                        "2024-03-17T12:09:00.127Z",
                        "Suricata: Alert - ET POLICY PE EXE or DLL Windows file download HTTP",
                        List.of(),
                        List.of(e(HOST, "wazuh-manager"), e(IP, "203.0.113.99"), e(IP, "10.0.3.112"))),
                new Golden(
                        13,
                        EventCategory.POLICY,
                        EventSeverity.MEDIUM,
                        "2024-03-17T13:00:04.210Z",
                        "CIS Benchmark for Ubuntu Linux 22.04 LTS: Ensure SSH root login is disabled.",
                        List.of(),
                        List.of(e(HOST, "db-01"), e(IP, "10.0.2.21"))));
    }

    @Test
    void everySampleHasAGoldenExpectation() {
        assertThat(samples("alerts.json")).hasSize((int) goldens().count());
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void eachSampleAlertBecomesTheExpectedEvent(Golden golden) {
        String line = samples("alerts.json").get(golden.line());

        List<Event> events = events(line);

        assertThat(events).hasSize(1);
        Event event = events.get(0);
        assertGolden(event, golden);
        assertThat(event.raw()).isEqualTo(line);
        assertThat(event.receivedTime()).isEqualTo(RECEIVED);
    }

    @Test
    void ruleLevelsMapToOneScale() {
        List<EventSeverity> severities = new ArrayList<>();
        for (int level = 0; level <= 16; level++) {
            severities.add(WazuhMapping.severity(level));
        }
        assertThat(severities)
                .containsExactly(
                        EventSeverity.INFO,
                        EventSeverity.INFO,
                        EventSeverity.INFO,
                        EventSeverity.INFO,
                        EventSeverity.LOW,
                        EventSeverity.LOW,
                        EventSeverity.LOW,
                        EventSeverity.MEDIUM,
                        EventSeverity.MEDIUM,
                        EventSeverity.MEDIUM,
                        EventSeverity.HIGH,
                        EventSeverity.HIGH,
                        EventSeverity.HIGH,
                        EventSeverity.CRITICAL,
                        EventSeverity.CRITICAL,
                        EventSeverity.CRITICAL,
                        EventSeverity.CRITICAL);
    }

    @Test
    void theMostTellingGroupChoosesTheCategory() {
        assertThat(WazuhMapping.category(List.of("ossec", "syscheck", "ransomware", "attack")))
                .isEqualTo(EventCategory.MALWARE);
        assertThat(WazuhMapping.category(List.of("windows", "authentication_success", "attack")))
                .isEqualTo(EventCategory.AUTHENTICATION);
        assertThat(WazuhMapping.category(List.of("web", "accesslog", "attack"))).isEqualTo(EventCategory.WEB);
        assertThat(WazuhMapping.category(List.of("windows", "sysmon", "attack")))
                .isEqualTo(EventCategory.INTRUSION);
        assertThat(WazuhMapping.category(List.of("route_planner", "data_export", "policy_violation")))
                .isEqualTo(EventCategory.DATA);
        assertThat(WazuhMapping.category(List.of("vpn", "policy_violation"))).isEqualTo(EventCategory.POLICY);
        assertThat(WazuhMapping.category(List.of("firewall", "firewall_drop"))).isEqualTo(EventCategory.NETWORK);
        assertThat(WazuhMapping.category(List.of("ossec"))).isEqualTo(EventCategory.OTHER);
        assertThat(WazuhMapping.category(List.of())).isEqualTo(EventCategory.OTHER);
    }

    private static String alert(String timestamp, String rule) {
        return "{" + timestamp + "\"rule\":" + rule + ",\"agent\":{\"id\":\"001\",\"name\":\"web-01\"}}";
    }

    private static final String TIME = "\"timestamp\":\"2024-03-17T10:15:02.123+0000\",";

    @Test
    void rejectionsNameTheField() {
        assertThat(rejection(wrongTypesRecord())).isEqualTo("field rule.level: not a whole number");
        assertThat(rejection(alert("", "{\"level\":5}"))).isEqualTo("field timestamp: missing");
        assertThat(rejection(alert("\"timestamp\":\"yesterday\",", "{\"level\":5}")))
                .isEqualTo("field timestamp: not a date");
        assertThat(rejection(alert("\"timestamp\":1710670502,", "{\"level\":5}")))
                .isEqualTo("field timestamp: not a string");
        assertThat(rejection("{" + TIME + "\"agent\":{}}")).isEqualTo("field rule: missing");
        assertThat(rejection(alert(TIME, "[5]"))).isEqualTo("field rule: not an object");
        assertThat(rejection(alert(TIME, "{\"description\":\"x\"}"))).isEqualTo("field rule.level: missing");
        assertThat(rejection(alert(TIME, "{\"level\":17}"))).isEqualTo("field rule.level: 17 is outside 0 to 16");
        assertThat(rejection(alert(TIME, "{\"level\":-1}"))).isEqualTo("field rule.level: -1 is outside 0 to 16");
        assertThat(rejection(alert(TIME, "{\"level\":5.5}"))).isEqualTo("field rule.level: not a whole number");
        assertThat(rejection(alert(TIME, "{\"level\":5,\"groups\":{\"a\":1}}")))
                .isEqualTo("field rule.groups: not a list of strings");
        assertThat(rejection(alert(TIME, "{\"level\":5,\"groups\":[\"web\",3]}")))
                .isEqualTo("field rule.groups: not a list of strings");
        assertThat(rejection(alert(TIME, "{\"level\":5,\"description\":42}")))
                .isEqualTo("field rule.description: not a string");
        assertThat(rejection(alert(TIME, "{\"level\":5,\"mitre\":[\"T1078\"]}")))
                .isEqualTo("field rule.mitre: not an object");
        assertThat(rejection(alert(TIME, "{\"level\":5,\"mitre\":{\"id\":1078}}")))
                .isEqualTo("field rule.mitre.id: not a list of strings");
        assertThat(rejection("{" + TIME + "\"rule\":{\"level\":5},\"agent\":\"web-01\"}"))
                .isEqualTo("field agent: not an object");
        assertThat(rejection("{}")).isEqualTo("field timestamp: missing");
        assertThat(rejection("[1, 2, 3]")).isEqualTo("not a JSON object");
    }

    @Test
    void theIndexerSpellingOfTheTimestampIsAcceptedToo() {
        Event event = events(
                        "{\"@timestamp\":\"2024-03-17T10:15:02.123Z\",\"rule\":{\"level\":3,\"description\":\"x\"}}")
                .get(0);

        assertThat(event.eventTime()).isEqualTo(Instant.parse("2024-03-17T10:15:02.123Z"));
    }

    @Test
    void placeholdersAndComputerAccountsAreNotEntitiesAndTechniquesAreDeduplicated() {
        String line = "{" + TIME + "\"rule\":{\"level\":3,\"description\":\"Windows logon\\nsuccess\","
                + "\"mitre\":{\"id\":[\"T1078\",\"T1078\",\"Valid Accounts\"]}},"
                + "\"data\":{\"srcip\":\"-\",\"win\":{\"eventdata\":{\"subjectUserName\":\"WS-12$\","
                + "\"targetUserName\":\"-\",\"ipAddress\":\"::1\"}}}}";

        Event event = events(line).get(0);

        assertThat(event.summary()).isEqualTo("Windows logon success");
        assertThat(event.techniques()).containsExactly("T1078");
        assertThat(event.entities()).containsExactly(e(IP, "::1"));
    }

    @Test
    void onlyAddressesAreIpEntities() {
        assertThat(WazuhMapping.looksLikeIp("10.0.9.66")).isTrue();
        assertThat(WazuhMapping.looksLikeIp("2001:db8::1")).isTrue();
        assertThat(WazuhMapping.looksLikeIp("::ffff:203.0.113.9")).isTrue();
        assertThat(WazuhMapping.looksLikeIp("-")).isFalse();
        assertThat(WazuhMapping.looksLikeIp("face.bad")).isFalse();
        assertThat(WazuhMapping.looksLikeIp("10.0.9")).isFalse();
        assertThat(WazuhMapping.looksLikeIp("LOCAL")).isFalse();
    }

    @Test
    void aDescriptionlessRuleIsSummarisedByItsId() {
        Event event = events(alert(TIME, "{\"level\":3,\"id\":\"5501\"}")).get(0);

        assertThat(event.summary()).isEqualTo("Wazuh rule 5501");
        assertThat(event.category()).isEqualTo(EventCategory.OTHER);
    }

    /** Every Wazuh alert the three pilot scenarios carry reads, so the stories can be replayed through this parser. */
    @Test
    void everyWazuhAlertOfThePilotScenariosReads() {
        List<String> lines = samples("scenario-replay.jsonl");

        assertThat(lines).hasSize(84);
        for (String line : lines) {
            Event event = events(line).get(0);
            assertThat(event.entities()).as(line).isNotEmpty();
            assertThat(event.summary()).as(line).isNotBlank();
        }
    }
}
