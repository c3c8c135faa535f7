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
 * The samples in {@code feeds/json/samples.jsonl} were written by hand from each product's public
 * documentation of the records it writes (see the README beside them): Microsoft Entra ID sign-in
 * and audit logs (Microsoft Graph signIn and directoryAudit), Defender for Office 365 advanced
 * hunting EmailEvents as the streaming API sends them, the ModSecurity 3 JSON audit log with the
 * OWASP CRS, a browser's Content-Security-Policy report, Forcepoint DLP's CEF fields, a Nedap AEOS
 * access event, a Microsoft Purview DLP rule match (Office 365 Management Activity API), an Open
 * Policy Agent decision log, an Alertmanager webhook notification, a ServiceNow incident (Table
 * API), a Veeam Backup event, a Keycloak user event and a Proofpoint TAP click (SIEM API).
 */
class GenericJsonParserTest extends FeedParserContract {

    private final GenericJsonParser parser = new GenericJsonParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        return samples().get(0);
    }

    /** Nothing but nulls and empty containers: no value to read an event from. */
    @Override
    protected String wrongTypesRecord() {
        return "{\"timestamp\":null,\"message\":[],\"severity\":{},\"user\":\"  \"}";
    }

    static List<String> samples() {
        return GoldenSamples.lines("/feeds/json/samples.jsonl");
    }

    static Stream<Golden> goldens() {
        return Stream.of(
                // Entra ID sign-in, failed password: the failure reason is the summary
                new Golden(
                        0,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.INFO,
                        "2025-02-03T09:14:22Z",
                        "Error validating credentials due to invalid username or password.",
                        List.of(),
                        List.of(
                                e(USER, "AdeleV@contoso.example"),
                                e(EMAIL, "AdeleV@contoso.example"),
                                e(IP, "203.0.113.87"))),
                // Entra ID sign-in, risky: the worst risk level is the severity, the device is a host
                new Golden(
                        1,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.HIGH,
                        "2025-02-03T10:02:51Z",
                        "userDisplayName=Megan Bowen, userPrincipalName=MeganB@contoso.example, appDisplayName=Office 365 Exchange Online, ipAddress=2001:db8:4f2a::17",
                        List.of(),
                        List.of(
                                e(USER, "MeganB@contoso.example"),
                                e(EMAIL, "MeganB@contoso.example"),
                                e(IP, "2001:db8:4f2a::17"),
                                e(DEVICE_ID, "4c1e9f2a-7b3d-4e6a-8c5f-0a1b2c3d4e5f"),
                                e(HOST, "CONTOSO-LT-0231"))),
                // Entra ID audit log
                new Golden(
                        2,
                        EventCategory.OTHER,
                        EventSeverity.INFO,
                        "2025-02-03T10:07:31.392158700Z",
                        "Add member to role",
                        List.of(),
                        List.of(
                                e(USER, "admin@contoso.example"),
                                e(EMAIL, "admin@contoso.example"),
                                e(IP, "198.51.100.23"),
                                e(USER, "MeganB@contoso.example"),
                                e(EMAIL, "MeganB@contoso.example"))),
                // Defender for Office 365 EmailEvents: a phish verdict makes it an intrusion; the Message-ID is no
                // address
                new Golden(
                        3,
                        EventCategory.INTRUSION,
                        EventSeverity.INFO,
                        "2025-02-04T07:58:10Z",
                        "Updated payroll form - sign by Friday",
                        List.of(),
                        List.of(
                                e(EMAIL, "bounce@fabrikam-payroll.example"),
                                e(EMAIL, "hr@fabrikam-payroll.example"),
                                e(DOMAIN, "fabrikam-payroll.example"),
                                e(IP, "192.0.2.45"),
                                e(EMAIL, "AdeleV@contoso.example"))),
                // ModSecurity: CRS writes syslog severities (2 = critical); asctime time stamp
                new Golden(
                        4,
                        EventCategory.WEB,
                        EventSeverity.CRITICAL,
                        "2025-02-05T14:22:03Z",
                        "XSS Attack Detected via libinjection",
                        List.of(),
                        List.of(e(IP, "198.51.100.77"), e(IP, "10.20.1.4"), e(HOST, "shop.contoso.example"))),
                // CSP report: no time of its own, so the received time
                new Golden(
                        5,
                        EventCategory.WEB,
                        EventSeverity.INFO,
                        "2026-11-27T08:00:00Z",
                        "document-uri=https://shop.contoso.example/checkout, referrer=https://shop.contoso.example/cart, violated-directive=script-src-elem, effective-directive=script-src-elem",
                        List.of(),
                        List.of(
                                e(URL, "https://shop.contoso.example/checkout"),
                                e(DOMAIN, "shop.contoso.example"),
                                e(URL, "https://shop.contoso.example/cart"),
                                e(URL, "https://cdn.contoso.example"),
                                e(DOMAIN, "cdn.contoso.example"),
                                e(URL, "https://cdn-contoso-analytics.example/collect.js"),
                                e(DOMAIN, "cdn-contoso-analytics.example"))),
                // Forcepoint DLP: CEF severity 8 and CEF date
                new Golden(
                        6,
                        EventCategory.DATA,
                        EventSeverity.HIGH,
                        "2025-02-05T16:41:09Z",
                        "Upload of 1240 card numbers to an unsanctioned file-sharing site blocked",
                        List.of(),
                        List.of(
                                e(USER, "CONTOSO\\lee.gu"),
                                e(IP, "10.10.20.44"),
                                e(IP, "203.0.113.200"),
                                e(URL, "https://uploads.filedrop.example/api/v2/files"),
                                e(DOMAIN, "uploads.filedrop.example"))),
                // Nedap AEOS: the access point is the device
                new Golden(
                        7,
                        EventCategory.PHYSICAL,
                        EventSeverity.INFO,
                        "2025-02-05T21:41:07Z",
                        "EventType=AccessDenied, EntranceName=Server room, CarrierName=Unknown carrier, BadgeNumber=0009912",
                        List.of(),
                        List.of(e(DEVICE_ID, "AEOS-HQ-SRV"))),
                // Purview DLP rule match: the rule's name and severity
                new Golden(
                        8,
                        EventCategory.DATA,
                        EventSeverity.HIGH,
                        "2025-02-05T10:02:14Z",
                        "High volume of credit card numbers sent outside the organisation",
                        List.of(),
                        List.of(
                                e(USER, "lee.gu@contoso.example"),
                                e(EMAIL, "lee.gu@contoso.example"),
                                e(EMAIL, "reconciliation@fabrikam.example"))),
                // Open Policy Agent decision log
                new Golden(
                        9,
                        EventCategory.POLICY,
                        EventSeverity.INFO,
                        "2025-02-05T16:45:02.198Z",
                        "version=1.1.0, path=payments/refunds/allow, user=lee.gu, action=refund.approve",
                        List.of(),
                        List.of(e(USER, "lee.gu"), e(IP, "10.10.20.44"), e(IP, "10.10.5.12"))),
                // Alertmanager webhook: the alert's summary, severity label and start; the instance is a host
                new Golden(
                        10,
                        EventCategory.OTHER,
                        EventSeverity.MEDIUM,
                        "2025-02-05T17:03:00Z",
                        "Host high CPU load on db-01:9100",
                        List.of(),
                        List.of(
                                e(HOST, "db-01"),
                                e(URL, "http://alertmanager.contoso.example:9093"),
                                e(DOMAIN, "alertmanager.contoso.example"),
                                e(URL, "http://prometheus.contoso.example:9090/graph?g0.expr=node_load1+%3E+4"),
                                e(DOMAIN, "prometheus.contoso.example"))),
                // ServiceNow incident: priority and urgency words; the technique in the description
                new Golden(
                        11,
                        EventCategory.OTHER,
                        EventSeverity.HIGH,
                        "2025-02-05T17:20:44Z",
                        "Credit card data upload blocked by DLP - user account under review",
                        List.of("T1567.002"),
                        List.of(e(IP, "10.10.20.44"))),
                // Veeam: Windows event level Error
                new Golden(
                        12,
                        EventCategory.DATA,
                        EventSeverity.HIGH,
                        "2025-02-05T23:14:09Z",
                        "Backup job 'Finance-Servers-Daily' finished with Failed. 0 of 4 VMs processed: repository bkp-repo-02 is unavailable.",
                        List.of(),
                        List.of(e(HOST, "bkp-01.corp.contoso.example"))),
                // Keycloak: epoch milliseconds; a compact summary without ids
                new Golden(
                        13,
                        EventCategory.AUTHENTICATION,
                        EventSeverity.INFO,
                        "2025-02-05T16:53:32.337Z",
                        "type=LOGIN_ERROR, ipAddress=203.0.113.51, error=invalid_user_credentials, auth_method=openid-connect",
                        List.of(),
                        List.of(
                                e(IP, "203.0.113.51"),
                                e(URL, "https://shop.contoso.example/account"),
                                e(DOMAIN, "shop.contoso.example"),
                                e(USER, "megan.bowen"))),
                // Proofpoint TAP click: the click time; the threat id is the hash of the threat
                new Golden(
                        14,
                        EventCategory.INTRUSION,
                        EventSeverity.INFO,
                        "2025-02-06T10:17:48Z",
                        "classification=phish, clickIP=192.0.2.33, recipient=adele.vance@contoso.example, sender=billing@fabrikam-pay.example",
                        List.of(),
                        List.of(
                                e(IP, "192.0.2.33"),
                                e(EMAIL, "adele.vance@contoso.example"),
                                e(EMAIL, "billing@fabrikam-pay.example"),
                                e(IP, "198.51.100.99"),
                                e(FILE_HASH, "61f7622167144dba5e3ae4480eeee78b23d66f7dfed970cfc3d086cc0dabdf50"),
                                e(URL, "https://threatinsight.proofpoint.com/a1b2c3d4/threat/email/61f7622167144dba"),
                                e(DOMAIN, "threatinsight.proofpoint.com"),
                                e(URL, "https://fabrikam-pay.example/invoice/8812"),
                                e(DOMAIN, "fabrikam-pay.example"))));
    }

    @Test
    void everySampleHasAGoldenExpectation() {
        assertThat(samples()).hasSize((int) goldens().count());
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void eachSampleBecomesTheExpectedEvent(Golden golden) {
        String line = samples().get(golden.line());

        Event event = onlyEvent(line);

        assertGolden(event, golden);
        assertThat(event.receivedTime()).isEqualTo(RECEIVED);
        assertThat(event.source()).isEqualTo("test-source");
    }

    @Test
    void rejectionsSayWhy() {
        assertThat(rejection(wrongTypesRecord()))
                .isEqualTo("no values: every field is null, blank, an empty list or an empty object, so there is"
                        + " nothing to read");
        assertThat(rejection("{}")).startsWith("no values");
        assertThat(rejection("[{\"message\":\"x\"}]")).isEqualTo("not a JSON object");
        assertThat(rejection("\"a login failed\"")).isEqualTo("not a JSON object");
        assertThat(rejection("{\"message\": \"cut")).startsWith("invalid JSON: ");
    }
}
