package org.vigil.core.feed.cef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.InvalidRecord;

class SyslogHeaderTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");
    private static final String CEF = "CEF:0|v|p|1|id|name|5|src=10.0.0.1";

    private static SyslogHeader parse(String line) {
        return SyslogHeader.parse(line, RECEIVED);
    }

    private static void assertHeader(String line, String time, String host) {
        SyslogHeader header = parse(line);
        assertThat(line.substring(header.cefStart())).isEqualTo(CEF);
        assertThat(header.time()).isEqualTo(time == null ? null : Instant.parse(time));
        assertThat(header.host()).isEqualTo(host);
    }

    @Test
    void aBareCefLineHasNoSyslogTimeOrHost() {
        assertHeader(CEF, null, null);
        assertHeader("  " + CEF, null, null);
        assertHeader("\uFEFF" + CEF, null, null);
    }

    @Test
    void rfc3164WithAndWithoutPri() {
        assertHeader("<134>Mar 17 10:15:02 fw01 " + CEF, "2026-03-17T10:15:02Z", "fw01");
        assertHeader("Mar 17 10:15:02 fw01 " + CEF, "2026-03-17T10:15:02Z", "fw01");
    }

    @Test
    void rfc3164WithASpacePaddedDayAYearOrAFraction() {
        assertHeader("<134>Mar  7 10:15:02 fw01 " + CEF, "2026-03-07T10:15:02Z", "fw01");
        assertHeader("<134>Mar 7 10:15:02 fw01 " + CEF, "2026-03-07T10:15:02Z", "fw01");
        assertHeader("<134>Mar 17 2024 10:15:02 fw01 " + CEF, "2024-03-17T10:15:02Z", "fw01");
        assertHeader("<134>Mar 17 10:15:02.250 fw01 " + CEF, "2026-03-17T10:15:02.250Z", "fw01");
    }

    @Test
    void rfc3164WithATagWithOrWithoutHost() {
        assertHeader("<13>Nov 27 07:59:59 dc01 nxlog: " + CEF, "2026-11-27T07:59:59Z", "dc01");
        assertHeader("<13>Nov 27 07:59:59 dc01 app[123]: " + CEF, "2026-11-27T07:59:59Z", "dc01");
        assertHeader("<13>Nov 27 07:59:59 nxlog: " + CEF, "2026-11-27T07:59:59Z", null);
        assertHeader("<13>Nov 27 07:59:59 " + CEF, "2026-11-27T07:59:59Z", null);
    }

    @Test
    void rfc3164TakesTheYearThatIsNotInTheFuture() {
        // received 2026-11-27: December 31 of 2026 would be 34 days ahead
        assertHeader("Dec 31 23:59:58 h " + CEF, "2025-12-31T23:59:58Z", "h");
        assertHeader("Dec 27 07:00:00 h " + CEF, "2026-12-27T07:00:00Z", "h");
        assertHeader("Jan  1 00:00:00 h " + CEF, "2026-01-01T00:00:00Z", "h");
    }

    @Test
    void anRfc3339TimestampInsteadOfTheBsdOne() {
        assertHeader("2014-04-21T18:35:15.546Z 192.168.2.5 " + CEF, "2014-04-21T18:35:15.546Z", "192.168.2.5");
        assertHeader("<134>2024-03-17T10:15:02+02:00 fw01 " + CEF, "2024-03-17T08:15:02Z", "fw01");
    }

    @Test
    void rfc5424WithStructuredData() {
        assertHeader(
                "<134>1 2024-03-17T10:15:02.123Z fw01 app - - [id k=\"v\"] " + CEF, "2024-03-17T10:15:02.123Z", "fw01");
        assertHeader(
                "<134>1 2024-03-17T10:15:02.123Z fw01 app 42 ID47 [a x=\"1\"][b y=\"q \\\" ] \\] \\\\\"] " + CEF,
                "2024-03-17T10:15:02.123Z",
                "fw01");
    }

    @Test
    void rfc5424WithoutStructuredDataAndWithAByteOrderMark() {
        assertHeader("<134>1 2024-03-17T10:15:02-05:00 fw01 app - - - " + CEF, "2024-03-17T15:15:02Z", "fw01");
        assertHeader("<134>1 2024-03-17T10:15:02Z fw01 app - - - \uFEFF" + CEF, "2024-03-17T10:15:02Z", "fw01");
    }

    @Test
    void rfc5424NilValuesMeanNoTimeAndNoHost() {
        assertHeader("<134>1 - - - - - - " + CEF, null, null);
    }

    @Test
    void aCefPrefixInsideAWordIsNotTheStartOfTheRecord() {
        SyslogHeader header = parse("<134>Mar 17 10:15:02 fw01 xCEF:bad " + CEF);

        assertThat(header.cefStart()).isEqualTo(("<134>Mar 17 10:15:02 fw01 xCEF:bad ").length());
    }

    @Test
    void malformedSyslogIsRejectedWithThePartNamed() {
        assertRejected("<999>Mar 17 10:15:02 fw01 " + CEF, "syslog PRI: not <0> to <191>");
        assertRejected("<ab>Mar 17 10:15:02 fw01 " + CEF, "syslog PRI: not <0> to <191>");
        assertRejected("<134>Foo 17 10:15:02 fw01 " + CEF, "syslog timestamp: not a date");
        assertRejected("<134>Feb 30 10:15:02 fw01 " + CEF, "syslog timestamp: not a date");
        assertRejected("<134>2 2024-03-17T10:15:02Z fw01 app - - - " + CEF, "syslog version 2 is not 1 (RFC 5424)");
        assertRejected("<134>1 yesterday fw01 app - - - " + CEF, "syslog timestamp: not an RFC 5424 date");
        assertRejected(
                "<134>1 2024-03-17T10:15:02Z fw01 app - - [id k=\"v\" " + CEF,
                "syslog structured data: unterminated [ element");
        assertRejected("<134>1 2024-03-17T10:15:02Z fw01 app - - x " + CEF, "syslog structured data: neither - nor [");
        assertRejected("<134>1 2024-03-17T10:15:02Z fw01", "syslog header field hostname: missing");
        assertRejected(
                "<134>1 2024-03-17T10:15:02Z fw01 app - - - hello",
                "syslog message is not CEF: no \"CEF:\" after the syslog header");
        assertRejected(
                "Mar 17 10:15:02 fw01 sshd[1]: Accepted password",
                "syslog message is not CEF: no \"CEF:\" after the syslog header");
    }

    @Test
    void textThatIsNeitherSyslogNorCefIsRejected() {
        assertRejected("{\"a\":1}", "not CEF: neither \"CEF:\" nor a syslog header at the start");
        assertRejected("[1, 2, 3]", "not CEF: neither \"CEF:\" nor a syslog header at the start");
        assertRejected("42", "not CEF: neither \"CEF:\" nor a syslog header at the start");
        assertRejected("", "empty record");
        assertRejected(" \t ", "empty record");
    }

    private static void assertRejected(String line, String reason) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(InvalidRecord.class).hasMessage(reason);
    }
}
