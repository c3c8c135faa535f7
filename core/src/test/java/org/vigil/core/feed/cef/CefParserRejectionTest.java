package org.vigil.core.feed.cef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;

/** What the CEF parser quarantines, with which reason, and that it never throws. */
class CefParserRejectionTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");

    private final CefParser parser = new CefParser();

    private ParseOutcome parse(String text) {
        return parser.parse(new RawRecord("test-source", 0, text), RECEIVED);
    }

    private String rejection(String text) {
        ParseOutcome outcome = parse(text);
        assertThat(outcome).as("outcome of %s", text).isInstanceOf(ParseOutcome.Rejected.class);
        return ((ParseOutcome.Rejected) outcome).reason();
    }

    @Test
    void jsonIsNotCef() {
        String notCef = "not CEF: neither \"CEF:\" nor a syslog header at the start";
        assertThat(rejection("[1,2,3]")).isEqualTo(notCef);
        assertThat(rejection("{\"event_type\":\"alert\",\"src_ip\":\"10.0.0.1\""))
                .isEqualTo(notCef);
        assertThat(rejection("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"))
                .isEqualTo(notCef);
        assertThat(rejection("42")).isEqualTo(notCef);
    }

    @Test
    void aShortHeaderNamesHowManyFieldsItHas() {
        assertThat(rejection("CEF:0|Vendor|Product|1.0|100")).isEqualTo("CEF header has 5 of 7 fields");
        assertThat(rejection("<134>Mar 17 10:15:02 fw01 CEF:0|Vendor|Product"))
                .isEqualTo("CEF header has 3 of 7 fields");
    }

    @Test
    void anUnknownVersionOrSeverityIsNamed() {
        assertThat(rejection("CEF:7|v|p|1|id|name|5|rt=1795762501000"))
                .isEqualTo("CEF header field Version: \"7\" is not 0 or 1");
        assertThat(rejection("CEF:0|v|p|1|id|name|severe|rt=1795762501000"))
                .isEqualTo("CEF header field Severity: \"severe\" is neither 0-10 nor Unknown, Low, Medium, High,"
                        + " Very-High");
    }

    @Test
    void wrongTypesInTheExtensionAreNamed() {
        assertThat(rejection("CEF:0|v|p|1|id|name|5|rt=yesterday"))
                .isEqualTo("extension rt: \"yesterday\" is not a date");
        assertThat(rejection("CEF:0|v|p|1|id|name|5|deviceReceiptTime=Nov 31 2026 10:00:00"))
                .isEqualTo("extension rt: \"Nov 31 2026 10:00:00\" is not a date");
        assertThat(rejection("CEF:0|v|p|1|id|name|5|end=soon start=1795762501000"))
                .isEqualTo("extension end: \"soon\" is not a date");
        assertThat(rejection("CEF:0|v|p|1|id|name|5|rt=Nov 27 2026 10:00:00 dtz=Mars/Olympus"))
                .isEqualTo("extension dtz: \"Mars/Olympus\" is not a time zone");
        assertThat(rejection("CEF:0|v|p|1|id|name|5|rt=1795762501000 src=ten.twenty.thirty.forty"))
                .isEqualTo("extension src: \"ten.twenty.thirty.forty\" is not an IP address");
        assertThat(rejection("CEF:0|v|p|1|id|name|5|rt=1795762501000 destinationAddress=10.1.1"))
                .isEqualTo("extension dst: \"10.1.1\" is not an IP address");
    }

    @Test
    void aRecordWithoutAnyTimeIsRejected() {
        assertThat(rejection("CEF:0|v|p|1|id|name|5|src=10.0.0.1"))
                .isEqualTo("no event time: no rt, end or start in the extension and no syslog timestamp");
        assertThat(rejection("<134>1 - fw01 app - - - CEF:0|v|p|1|id|name|5|rt= src=10.0.0.1"))
                .isEqualTo("no event time: no rt, end or start in the extension and no syslog timestamp");
    }

    @Test
    void anExtensionThatIsNotKeyValueIsRejected() {
        assertThat(rejection("CEF:0|v|p|1|id|name|5|just some words"))
                .isEqualTo("CEF extension does not start with key=value");
    }

    @Test
    void syslogThatCarriesNoCefIsRejected() {
        assertThat(rejection("<38>Nov 27 07:59:59 host sshd[812]: Accepted publickey for ana from 10.0.0.1"))
                .isEqualTo("syslog message is not CEF: no \"CEF:\" after the syslog header");
    }

    @Test
    void reasonsQuoteValuesShortAndPrintable() {
        String reason = rejection("CEF:0|v|p|1|id|name|5|rt=" + "9".repeat(30) + "\u0001" + "x".repeat(100));

        assertThat(reason).isEqualTo("extension rt: \"" + "9".repeat(30) + "?" + "x".repeat(9) + "…\" is not a date");
    }

    @Test
    void aSeverityAloneWithoutExtensionNeedsASyslogTime() {
        assertThat(parse("<134>Nov 27 07:00:00 fw01 CEF:0|v|p|1|id|Heartbeat|Unknown"))
                .isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(rejection("CEF:0|v|p|1|id|Heartbeat|Unknown")).startsWith("no event time");
    }

    @Test
    void noPrefixNoMutationAndNoGarbageMakesItThrow() {
        Random random = new Random(7);
        for (String sample : CefParserTest.SAMPLES) {
            for (int end = 0; end <= sample.length(); end++) {
                String prefix = sample.substring(0, end);
                assertThatCode(() -> parse(prefix)).as("prefix %s", prefix).doesNotThrowAnyException();
            }
            for (int round = 0; round < 300; round++) {
                char[] chars = sample.toCharArray();
                for (int n = 0; n < 3; n++) {
                    chars[random.nextInt(chars.length)] =
                            "|\\= <>[]\"-:.0123456789T\u0000\u00e9".charAt(random.nextInt(23));
                }
                String mutated = new String(chars);
                assertThatCode(() -> parse(mutated)).as("mutation %s", mutated).doesNotThrowAnyException();
            }
        }
    }
}
