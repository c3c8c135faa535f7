package org.vigil.core.feed.zeek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.feed.GoldenSamples.assertGolden;
import static org.vigil.core.feed.GoldenSamples.domain;
import static org.vigil.core.feed.GoldenSamples.ip;

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
 * Golden tests on {@code feeds/zeek/zeek.json}. The samples follow the Zeek documentation: "Zeek
 * Log Formats and Inspection" (JSON logs of the testmyids.com trace), the log pages for conn.log,
 * dns.log, http.log, ssl.log, files.log, weird.log and notice.log ({@code Conn::Info}, {@code
 * DNS::Info}… record fields), with {@code _path} and {@code _write_ts} as the json-streaming-logs
 * package adds them; the last two lines are plain {@code LogAscii::use_json} output without {@code
 * _path}, and the second conn line uses {@code JSON::TS_ISO8601} timestamps.
 */
class ZeekJsonParserTest extends FeedParserContract {

    private static final List<String> SAMPLES = GoldenSamples.lines("/feeds/zeek/zeek.json");

    private final ZeekJsonParser parser = new ZeekJsonParser();

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
        return "{\"_path\":\"conn\",\"ts\":true,\"id.orig_h\":3232236620,\"id.resp_h\":[\"31.3.245.133\"],"
                + "\"proto\":6}";
    }

    private Event sample(int line) {
        return onlyEvent(SAMPLES.get(line - 1));
    }

    @Test
    void connWithEpochTimestamp() {
        assertGolden(
                sample(1),
                "2024-03-17T09:15:02.123456Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Connection tcp 192.168.4.76:46378 -> 31.3.245.133:80 (http, SF)",
                List.of(),
                ip("192.168.4.76"),
                ip("31.3.245.133"));
    }

    @Test
    void connWithIsoTimestamp() {
        assertGolden(
                sample(2),
                "2024-03-17T09:15:01.987654Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Connection udp 192.168.4.76:36844 -> 192.168.4.1:53 (dns, SF)",
                List.of(),
                ip("192.168.4.76"),
                ip("192.168.4.1"));
    }

    @Test
    void dnsAnswered() {
        assertGolden(
                sample(3),
                "2024-03-17T09:15:01.987654Z",
                EventCategory.DNS,
                EventSeverity.INFO,
                "DNS query for testmyids.com (A) from 192.168.4.76: NOERROR",
                List.of(),
                ip("192.168.4.76"),
                ip("192.168.4.1"),
                domain("testmyids.com"),
                ip("31.3.245.133"));
    }

    @Test
    void dnsNxdomain() {
        assertGolden(
                sample(4),
                "2024-03-17T09:16:50.442187Z",
                EventCategory.DNS,
                EventSeverity.INFO,
                "DNS query for qx7kz2vbn0wr.example.org (TXT) from 192.168.4.52: NXDOMAIN",
                List.of(),
                ip("192.168.4.52"),
                ip("192.168.4.1"),
                domain("qx7kz2vbn0wr.example.org"));
    }

    @Test
    void httpGet() {
        assertGolden(
                sample(5),
                "2024-03-17T09:15:02.190187Z",
                EventCategory.WEB,
                EventSeverity.INFO,
                "HTTP GET http://testmyids.com/ from 192.168.4.76 (200)",
                List.of(),
                ip("192.168.4.76"),
                ip("31.3.245.133"),
                domain("testmyids.com"),
                new Entity(EntityType.URL, "http://testmyids.com/"));
    }

    @Test
    void httpPostWithPortInHostAndBasicAuthUser() {
        assertGolden(
                sample(6),
                "2024-03-17T09:20:50.004512Z",
                EventCategory.WEB,
                EventSeverity.INFO,
                "HTTP POST http://intranet.example.com:8080/api/v1/export?format=csv from 192.168.4.52 (200)",
                List.of(),
                ip("192.168.4.52"),
                ip("192.168.4.20"),
                domain("intranet.example.com"),
                new Entity(EntityType.URL, "http://intranet.example.com:8080/api/v1/export?format=csv"),
                new Entity(EntityType.USER, "jdoe"));
    }

    @Test
    void sslWithServerName() {
        assertGolden(
                sample(7),
                "2024-03-17T09:22:01.558030Z",
                EventCategory.TLS,
                EventSeverity.INFO,
                "TLS session to www.zeek.org from 192.168.4.76 (TLSv13)",
                List.of(),
                ip("192.168.4.76"),
                ip("151.101.1.69"),
                domain("www.zeek.org"));
    }

    @Test
    void scanNoticeWithoutConnection() {
        assertGolden(
                sample(8),
                "2024-03-17T09:25:00.200Z",
                EventCategory.INTRUSION,
                EventSeverity.MEDIUM,
                "Scan::Port_Scan: 198.51.100.77 scanned at least 15 unique ports of host 192.168.4.20 in 0m4s",
                List.of(),
                ip("198.51.100.77"),
                ip("192.168.4.20"));
    }

    @Test
    void alarmNoticeIsHigh() {
        assertGolden(
                sample(9),
                "2024-03-17T09:27:03.716451Z",
                EventCategory.INTRUSION,
                EventSeverity.HIGH,
                "SSL::Invalid_Server_Cert: SSL certificate validation failed with (self signed certificate)",
                List.of(),
                ip("192.168.4.52"),
                ip("203.0.113.44"));
    }

    @Test
    void noticeMessageNamingAttackTechniques() {
        assertGolden(
                sample(10),
                "2024-03-17T09:30:00.906115Z",
                EventCategory.INTRUSION,
                EventSeverity.MEDIUM,
                "ATTACK::Lateral_Movement: Service executable written to an SMB admin share"
                        + " (ATT&CK T1021.002, T1569.002)",
                List.of("T1021.002", "T1569.002"),
                ip("192.168.4.52"),
                ip("192.168.4.20"));
    }

    @Test
    void otherLogsAreGenericButKeepFileHashes() {
        assertGolden(
                sample(11),
                "2024-03-17T09:15:02.254974Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Zeek files record from 192.168.4.76 to 31.3.245.133",
                List.of(),
                ip("192.168.4.76"),
                ip("31.3.245.133"),
                new Entity(EntityType.FILE_HASH, "2f7f8cd0c0c3a5a39b0ffb9a79e8f2a9ce9f1a0c7f1c5b3e7a2d6c8b9e0f1a2b"),
                new Entity(EntityType.FILE_HASH, "2c6d2bb1b0f5e6a9f6d0e3cbd4d0c7b1e6a6b1f0"),
                new Entity(EntityType.FILE_HASH, "9a9ef6fd2bbd3ff29c6a1b1ab9a74a6d"));
    }

    @Test
    void weirdIsGeneric() {
        assertGolden(
                sample(12),
                "2024-03-17T09:31:41.000001Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Zeek weird record from 192.168.4.61 to 192.168.4.1",
                List.of(),
                ip("192.168.4.61"),
                ip("192.168.4.1"));
    }

    @Test
    void dnsWithoutPathIsInferredAndNamesAliasesAndAddresses() {
        assertGolden(
                sample(13),
                "2024-03-17T09:40:00.318842Z",
                EventCategory.DNS,
                EventSeverity.INFO,
                "DNS query for www.zeek.org (A) from 192.168.4.76: NOERROR",
                List.of(),
                ip("192.168.4.76"),
                ip("192.168.4.1"),
                domain("www.zeek.org"),
                domain("zeek.org"),
                ip("151.101.1.69"),
                ip("151.101.65.69"));
    }

    @Test
    void connWithoutPathAndWholeSecondTimestampIsInferred() {
        assertGolden(
                sample(14),
                "2024-03-17T09:41:00Z",
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "Connection tcp 203.0.113.201:51120 -> 192.168.4.61:22 (REJ)",
                List.of(),
                ip("203.0.113.201"),
                ip("192.168.4.61"));
    }

    @Test
    void everySampleParsesWithItsOwnStableId() {
        List<String> ids = SAMPLES.stream()
                .map(line -> events(line).get(0))
                .peek(e -> assertThat(e.source()).isEqualTo("test-source"))
                .map(Event::id)
                .toList();
        assertThat(ids).hasSize(14).doesNotHaveDuplicates();
        assertThat(events(SAMPLES.get(9)).get(0).id()).isEqualTo(ids.get(9));
    }

    @Test
    void sslAndHttpAndNoticeAreInferredWithoutPath() {
        String ssl =
                "{\"ts\":1710667321.5,\"id.orig_h\":\"10.0.0.5\",\"id.resp_h\":\"192.0.2.10\",\"version\":\"TLSv12\","
                        + "\"cipher\":\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\",\"established\":true}";
        String http =
                "{\"ts\":1710667321.5,\"id.orig_h\":\"10.0.0.5\",\"id.resp_h\":\"192.0.2.10\",\"method\":\"CONNECT\","
                        + "\"host\":\"192.0.2.10\",\"uri\":\"192.0.2.10:443\",\"status_code\":200}";
        String notice = "{\"ts\":1710667321.5,\"note\":\"CaptureLoss::Too_Much_Loss\","
                + "\"msg\":\"The capture loss script detected an estimated loss rate above 10.0%\"}";

        Event tls = events(ssl).get(0);
        assertThat(tls.category()).isEqualTo(EventCategory.TLS);
        assertThat(tls.summary()).isEqualTo("TLS session to 192.0.2.10 from 10.0.0.5 (TLSv12)");
        Event web = events(http).get(0);
        assertThat(web.summary()).isEqualTo("HTTP CONNECT 192.0.2.10:443 from 10.0.0.5 (200)");
        assertThat(web.entities()).containsExactly(ip("10.0.0.5"), ip("192.0.2.10"));
        Event loss = events(notice).get(0);
        assertThat(loss.category()).isEqualTo(EventCategory.INTRUSION);
        assertThat(loss.severity()).isEqualTo(EventSeverity.MEDIUM);
        assertThat(loss.entities()).isEmpty();
    }

    @Test
    void noticeAlarmLogIsHigh() {
        String text = "{\"_path\":\"notice_alarm\",\"ts\":1710667321.5,\"note\":\"Scan::Address_Scan\","
                + "\"msg\":\"198.51.100.77 scanned at least 25 unique hosts on port 22/tcp in 0m12s\","
                + "\"src\":\"198.51.100.77\",\"actions\":[\"Notice::ACTION_LOG\"]}";

        Event event = events(text).get(0);
        assertThat(event.severity()).isEqualTo(EventSeverity.HIGH);
        assertThat(event.entities()).containsExactly(ip("198.51.100.77"));
    }

    @Test
    void nestedIdFieldsAsShippersWriteThemAreRead() {
        String text = "{\"_path\":\"conn\",\"ts\":\"2024-03-17T09:15:02.123456Z\",\"id\":{\"orig_h\":\"2001:db8::5\","
                + "\"orig_p\":50000,\"resp_h\":\"2001:db8::1\",\"resp_p\":443},\"proto\":\"tcp\",\"conn_state\":\"S0\"}";

        Event event = events(text).get(0);
        assertThat(event.summary()).isEqualTo("Connection tcp [2001:db8::5]:50000 -> [2001:db8::1]:443 (S0)");
        assertThat(event.entities()).containsExactly(ip("2001:db8::5"), ip("2001:db8::1"));
    }

    @Test
    void ipv6HostHeadersAreAddresses() {
        String text = "{\"_path\":\"http\",\"ts\":1710667321.5,\"method\":\"GET\",\"host\":\"[2001:db8::1]:8080\","
                + "\"uri\":\"/status\"}";

        assertThat(events(text).get(0).entities())
                .containsExactly(ip("2001:db8::1"), new Entity(EntityType.URL, "http://[2001:db8::1]:8080/status"));
    }

    @Test
    void attackIdsAreFoundOnlyAsWholeWords() {
        assertThat(ZeekEntities.techniques("T1059 and T1003.001, not XT1111 nor T12345 nor T1059.0012", "T1059"))
                .containsExactly("T1059", "T1003.001");
    }

    @Test
    void smtpRecipientsAreEmails() {
        String text =
                "{\"_path\":\"smtp\",\"ts\":1710667321.5,\"id.orig_h\":\"10.0.0.25\",\"id.resp_h\":\"198.51.100.60\","
                        + "\"mailfrom\":\"<orders@example.com>\",\"rcptto\":[\"<alice@example.org>\",\"bob@example.org\"]}";

        assertThat(events(text).get(0).entities())
                .containsExactly(
                        ip("10.0.0.25"),
                        ip("198.51.100.60"),
                        new Entity(EntityType.EMAIL, "orders@example.com"),
                        new Entity(EntityType.EMAIL, "alice@example.org"),
                        new Entity(EntityType.EMAIL, "bob@example.org"));
    }

    @Test
    void rejectionsNameTheField() {
        assertThat(rejection(wrongTypesRecord())).isEqualTo("field ts: not a date");
        assertThat(rejection("{\"_path\":\"dns\",\"query\":\"example.com\"}")).isEqualTo("field ts: missing");
        assertThat(rejection("{\"_path\":\"dns\",\"ts\":\"yesterday\"}")).isEqualTo("field ts: not a date");
        assertThat(rejection("{\"_path\":\"dns\",\"ts\":-5.5}")).isEqualTo("field ts: not a date");
        assertThat(rejection("{\"_path\":7,\"ts\":1710667321.5}")).isEqualTo("field _path: not a string");
        assertThat(rejection("{\"ts\":1710667321.5,\"id.orig_h\":\"10.0.0.1\"}"))
                .isEqualTo("field _path: missing, and the fields fit none of conn, dns, http, ssl, notice");
        assertThat(rejection("{}")).startsWith("field _path: missing");
        assertThat(rejection("{\"_path\":\"conn\",\"ts\":1710667321.5,\"id.orig_h\":\"host-a\"}"))
                .isEqualTo("field id.orig_h: not an IP address");
        assertThat(rejection("{\"_path\":\"conn\",\"ts\":1710667321.5,\"id\":{\"resp_h\":42}}"))
                .isEqualTo("field id.resp_h: not a string");
        assertThat(rejection(
                        "{\"_path\":\"conn\",\"ts\":1710667321.5,\"id.orig_p\":\"80/tcp\",\"id.orig_h\":\"10.0.0.1\","
                                + "\"id.resp_h\":\"10.0.0.2\"}"))
                .isEqualTo("field id.orig_p: not a whole number");
        assertThat(rejection("{\"_path\":\"dns\",\"ts\":1710667321.5,\"query\":[\"a.example\"]}"))
                .isEqualTo("field query: not a string");
        assertThat(rejection("{\"_path\":\"http\",\"ts\":1710667321.5,\"status_code\":\"200\"}"))
                .isEqualTo("field status_code: not a whole number");
        assertThat(rejection("{\"_path\":\"notice\",\"ts\":1710667321.5,\"note\":{}}"))
                .isEqualTo("field note: not a string");
        assertThat(rejection("{\"_path\":\"notice\",\"ts\":1710667321.5,\"src\":\"scanner\"}"))
                .isEqualTo("field src: not an IP address");
    }

    @Test
    void zeekTsvLinesAreRejectedWithAHint() {
        assertThat(rejection("#fields\tts\tuid\tid.orig_h"))
                .contains("Zeek TSV")
                .contains("LogAscii::use_json=T");
        assertThat(rejection("1258531221.486539\tPii6cUUq1v4\t192.168.1.102\t68\t192.168.1.1\t67\tudp"))
                .contains("Zeek TSV");
        assertThat(rejection("{\"ts\":1710667321.5,")).startsWith("invalid JSON");
    }
}
