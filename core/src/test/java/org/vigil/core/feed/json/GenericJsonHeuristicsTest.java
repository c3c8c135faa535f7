package org.vigil.core.feed.json;

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
import static org.vigil.core.feed.GoldenSamples.e;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;

/** The rules docs/feeds.md gives for reading any JSON, one behaviour at a time. */
class GenericJsonHeuristicsTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");

    private final GenericJsonParser parser = new GenericJsonParser();

    private Event read(String json) {
        ParseOutcome outcome = parser.parse(new RawRecord("test", 0, json), RECEIVED);
        assertThat(outcome).as(json).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).events().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"timestamp\":\"2025-03-17T09:21:13.5+01:00\"    | 2025-03-17T08:21:13.500Z",
                "\"@timestamp\":\"2025-03-17T08:21:13Z\"           | 2025-03-17T08:21:13Z",
                "\"time_stamp\":\"Mon Mar 17 09:21:13 2025\"       | 2025-03-17T09:21:13Z",
                "\"time_stamp\":\"Wed Mar  5 09:21:13 2025\"       | 2025-03-05T09:21:13Z",
                "\"rt\":\"Mar 17 2025 13:10:27\"                   | 2025-03-17T13:10:27Z",
                "\"rt\":\"Mar 17 2025 13:10:27.250 +0200\"         | 2025-03-17T11:10:27.250Z",
                "\"date\":\"Mon, 17 Mar 2025 09:21:13 GMT\"        | 2025-03-17T09:21:13Z",
                "\"time\":\"17/Mar/2025:09:21:13 +0100\"           | 2025-03-17T08:21:13Z",
                "\"time\":1741622400000                           | 2025-03-10T16:00:00Z",
                "\"ts\":1741727673.144                            | 2025-03-11T21:14:33.144Z",
                "\"sys_created_on\":\"2025-03-10 08:35:00\"        | 2025-03-10T08:35:00Z",
                "\"CreationTime\":\"2025-03-11T19:41:33\"          | 2025-03-11T19:41:33Z",
                "\"date\":\"2025-03-10\"                           | 2025-03-10T00:00:00Z",
            })
    void timesAreReadInTheSpellingsMonitorsUse(String field, String expected) {
        Event event = read("{" + field + ",\"message\":\"x\"}");

        assertThat(event.eventTime()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void theBestRankedTimeKeyWinsAndTimesThatAreNotDatesArePassedOver() {
        Event detection = read("{\"activityDateTime\":\"2025-03-17T19:38:02Z\","
                + "\"detectedDateTime\":\"2025-03-18T09:14:37Z\",\"riskLevel\":\"high\"}");
        Event duration = read("{\"time\":0.84,\"createdAt\":\"2025-03-18T09:14:37Z\",\"msg\":\"slow query\"}");
        Event nested =
                read("{\"request\":{\"timestamp\":\"2025-03-18T09:00:00Z\"},\"timestamp\":\"2025-03-18T10:00:00Z\"}");

        assertThat(detection.eventTime()).isEqualTo(Instant.parse("2025-03-18T09:14:37Z"));
        assertThat(duration.eventTime()).isEqualTo(Instant.parse("2025-03-18T09:14:37Z"));
        assertThat(nested.eventTime()).isEqualTo(Instant.parse("2025-03-18T10:00:00Z"));
    }

    @Test
    void aRecordWithoutATimeIsDatedWhenItWasReceived() {
        Event event = read("{\"message\":\"door forced\",\"when\":\"yesterday\",\"time\":\"soon\"}");

        assertThat(event.eventTime()).isEqualTo(RECEIVED);
    }

    @Test
    void theSummaryIsTheBestMessageLikeTextOnOneLine() {
        assertThat(read("{\"description\":\"long text\",\"title\":\"Short\\ntitle\"}")
                        .summary())
                .isEqualTo("Short title");
        assertThat(read("{\"agent\":{\"name\":\"web-01\"},\"description\":\"Disk full\"}")
                        .summary())
                .as("a nested name is an agent's, not the event's")
                .isEqualTo("Disk full");
        assertThat(read("{\"name\":\"Port scan\",\"description\":\"Many ports\"}")
                        .summary())
                .isEqualTo("Port scan");
        assertThat(read("{\"message\":\"" + "x".repeat(400) + "\"}").summary())
                .hasSize(300)
                .endsWith("…");
    }

    @Test
    void withoutAMessageTheSummaryListsTheFirstTellingValues() {
        Event event = read("{\"id\":\"1b6d0e3f9a2c47b58e1d4c7a0f3b9e26\",\"timestamp\":\"2025-03-10T07:05:00Z\","
                + "\"requestId\":\"e2a7c4b1\",\"metric\":\"auth_success_rate\",\"value\":98.9,"
                + "\"agent\":\"" + "A".repeat(61) + "\",\"unit\":\"%\",\"window\":\"5m\",\"dc\":\"dc1\"}");

        assertThat(event.summary()).isEqualTo("metric=auth_success_rate, value=98.9, unit=%, window=5m");
    }

    @Test
    void theMostSevereOfTheSeverityLikeValuesWins() {
        assertThat(read("{\"riskLevelDuringSignIn\":\"none\",\"riskLevelAggregated\":\"high\"}")
                        .severity())
                .isEqualTo(EventSeverity.HIGH);
        assertThat(read("{\"Level\":\"Warning\",\"msg\":\"x\"}").severity()).isEqualTo(EventSeverity.MEDIUM);
        assertThat(read("{\"priority\":\"4 - Low\",\"urgency\":\"3 - Moderate\"}")
                        .severity())
                .isEqualTo(EventSeverity.MEDIUM);
        assertThat(read("{\"labels\":{\"severity\":\"critical\"}}").severity()).isEqualTo(EventSeverity.CRITICAL);
        assertThat(read("{\"message\":\"critical error\"}").severity())
                .as("words in a message are not a severity")
                .isEqualTo(EventSeverity.INFO);
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        "severity, 0, INFO",
        "severity, 3, LOW",
        "severity, 5, MEDIUM",
        "severity, 8, HIGH",
        "severity, 10, CRITICAL",
        "severity, 11, INFO",
        "priority, 1, CRITICAL",
        "priority, 2, HIGH",
        "urgency, 3, MEDIUM",
        "impact, 4, LOW",
        "priority, 5, INFO",
        "syslog_severity, 0, CRITICAL",
        "syslog_severity, 3, HIGH",
        "syslog_severity, 6, INFO",
    })
    void severityNumbersAreReadOnTheScaleTheirKeyImplies(String key, int number, EventSeverity expected) {
        assertThat(read("{\"" + key + "\":" + number + "}").severity()).isEqualTo(expected);
    }

    @Test
    void modSecurityNumbersAreSyslogSeveritiesAndZeroMeansNone() {
        String record = "{\"transaction\":{\"producer\":{\"modsecurity\":\"ModSecurity v3.0.13 (Linux)\"},"
                + "\"messages\":[{\"message\":\"%s\",\"details\":{\"severity\":\"%s\"}}]}}";

        assertThat(read(record.formatted("XSS", "2")).severity()).isEqualTo(EventSeverity.CRITICAL);
        assertThat(read(record.formatted("Restricted file access", "4")).severity())
                .isEqualTo(EventSeverity.MEDIUM);
        assertThat(read(record.formatted("Inbound Anomaly Score Exceeded", "0")).severity())
                .isEqualTo(EventSeverity.INFO);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\":\"LOGIN_ERROR\",\"ipAddress\":\"203.0.113.5\"}                       | AUTHENTICATION",
                "{\"riskLevelDuringSignIn\":\"none\",\"location\":{\"latitude\":52.1}}          | AUTHENTICATION",
                "{\"classification\":\"malware\",\"sender\":\"a@b.example\"}                    | MALWARE",
                "{\"ThreatTypes\":\"Phish\",\"SenderFromAddress\":\"a@b.example\"}              | INTRUSION",
                "{\"Category\":\"InitialAccess\",\"Title\":\"Suspicious inbox rule\"}           | INTRUSION",
                "{\"sender\":\"a@b.example\",\"UrlCount\":1,\"sha256\":\"x\"}                    | OTHER",
                "{\"EventType\":\"AccessDenied\",\"BadgeNumber\":\"0004417\"}                   | PHYSICAL",
                "{\"Operation\":\"FileUploadedToCloud\",\"SensitiveInfoTypeData\":[]}          | DATA",
                "{\"deviceProduct\":\"Forcepoint DLP\",\"src\":\"10.0.0.1\"}                     | DATA",
                "{\"Channel\":\"Veeam Backup\",\"Level\":\"Error\"}                              | DATA",
                "{\"request\":{\"uri\":\"/login.php\",\"method\":\"POST\"}}                      | WEB",
                "{\"csp-report\":{\"blocked-uri\":\"inline\"}}                                   | WEB",
                "{\"decision_id\":\"4ca636c1\",\"result\":false}                                 | POLICY",
                "{\"query\":\"example.org\",\"qtype_name\":\"A\"}                                | DNS",
                "{\"tls_version\":\"TLSv1.3\",\"sni\":\"example.org\"}                           | TLS",
                "{\"src_ip\":\"10.0.0.1\",\"dst_port\":443}                                      | NETWORK",
                "{\"file_name\":\"a.exe\",\"md5\":\"44d88612fea8a8f36de82e1278abb02f\"}          | FILE",
                "{\"alertname\":\"HostHighCpuLoad\",\"generatorURL\":\"http://prom:9090/graph\"} | OTHER",
            })
    void theCategoryFollowsTheEvidenceOfKeyNamesAndKindValues(String json, EventCategory expected) {
        assertThat(read(json).category()).isEqualTo(expected);
    }

    @Test
    void entitiesAreFoundByKeyNameAndByShapeAnywhere() {
        Event event = read("{\"user\":\"CORP\\\\ana\",\"hostname\":\"WS-12.corp.example\",\"device_id\":7781,"
                + "\"vehicle_id\":\"BG-41-TX\",\"TargetDomain\":\"upload.boxdrop.example\","
                + "\"note\":\"beacon from 10.0.0.5:4444 to [2001:db8::7]:443, mail bob@corp.example;"
                + " see https://intel.example/report?id=9. SHA256=275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f\","
                + "\"tags\":[\"T1059.001\",\"attack.t1059\",\"T1071\"]}");

        assertThat(event.entities())
                .containsExactly(
                        e(USER, "CORP\\ana"),
                        e(HOST, "WS-12.corp.example"),
                        e(DEVICE_ID, "7781"),
                        e(VEHICLE_ID, "BG-41-TX"),
                        e(DOMAIN, "upload.boxdrop.example"),
                        e(IP, "10.0.0.5"),
                        e(IP, "2001:db8::7"),
                        e(EMAIL, "bob@corp.example"),
                        e(URL, "https://intel.example/report?id=9"),
                        e(DOMAIN, "intel.example"),
                        e(FILE_HASH, "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f"));
        assertThat(event.techniques()).containsExactly("T1059.001", "T1071");
    }

    @Test
    void lookAlikesAreNotEntities() {
        Event event = read("{\"mac\":\"00:1a:2b:3c:4d:5e\",\"clock\":\"09:21:13\",\"version\":\"3.0.12\","
                + "\"user\":\"-\",\"account\":\"WS-12$\",\"userId\":\"a8f3d2c1-44be-4e0a-b1d7-6c9e2f105a37\","
                + "\"messageId\":\"<20250310.4F2A1@mx.example>\",\"server_id\":\"9a3f5c1e7b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a\","
                + "\"source\":\"chrome-extension://gighmmpiobklfepjocnamgkkbiglidom\",\"octets\":\"10.0.0.256\"}");

        assertThat(event.entities()).isEmpty();
    }

    @Test
    void aHexIdThatNamesAThreatIsAHash() {
        Event event = read(
                "{\"threatID\":\"61f7622167144dba5e3ae4480eeee78b23d66f7dfed970cfc3d086cc0dabdf50\",\"msg\":\"x\"}");

        assertThat(event.entities())
                .containsExactly(e(FILE_HASH, "61f7622167144dba5e3ae4480eeee78b23d66f7dfed970cfc3d086cc0dabdf50"));
    }

    @Test
    void aHugeRecordIsReadWithinBounds() {
        StringBuilder json = new StringBuilder("{\"message\":\"flood\",\"ips\":[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("\"10.")
                    .append(i / 65536 % 256)
                    .append('.')
                    .append(i / 256 % 256)
                    .append('.')
                    .append(i % 256)
                    .append('"');
        }
        json.append("]}");

        Event event = read(json.toString());

        assertThat(event.summary()).isEqualTo("flood");
        assertThat(event.entities()).hasSize(EntityScan.MAX_ENTITIES);
    }
}
