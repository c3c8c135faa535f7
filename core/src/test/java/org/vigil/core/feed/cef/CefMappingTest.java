package org.vigil.core.feed.cef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.core.feed.cef.CefParserTest.device;
import static org.vigil.core.feed.cef.CefParserTest.email;
import static org.vigil.core.feed.cef.CefParserTest.host;
import static org.vigil.core.feed.cef.CefParserTest.ip;
import static org.vigil.core.feed.cef.CefParserTest.url;
import static org.vigil.core.feed.cef.CefParserTest.user;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.InvalidRecord;

/** Severity scale, categories, techniques, entities and summaries of CEF records. */
class CefMappingTest {

    private static CefFields fields(String extension) {
        return new CefFields(CefExtension.parse(extension, 0));
    }

    private static CefHeader header(String name, String signatureId, String product) {
        return new CefHeader("0", "Vendor", product, "1.0", signatureId, name, "5", 0);
    }

    @ParameterizedTest
    @CsvSource({
        "0,LOW",
        "3,LOW",
        "4,MEDIUM",
        "6,MEDIUM",
        "7,HIGH",
        "8,HIGH",
        "9,CRITICAL",
        "10,CRITICAL",
        "' 5 ',MEDIUM",
        "Unknown,INFO",
        "low,LOW",
        "Medium,MEDIUM",
        "HIGH,HIGH",
        "Very-High,CRITICAL"
    })
    void severityScale(String field, EventSeverity expected) {
        assertThat(CefMapping.severity(field)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"11", "-1", "5.5", "Critical", "Very High", "''", "100"})
    void otherSeveritiesAreRejected(String field) {
        assertThatThrownBy(() -> CefMapping.severity(field))
                .isInstanceOf(InvalidRecord.class)
                .hasMessageStartingWith("CEF header field Severity: ");
    }

    @ParameterizedTest
    @CsvSource({
        "Virus found in HTTP download,MALWARE",
        "SSH brute force login,AUTHENTICATION",
        "Port scan blocked,INTRUSION",
        "TLS certificate expired,TLS",
        "DNS tunnelling suspected,DNS",
        "SQL Injection Attack,WEB",
        "File integrity changed,FILE",
        "Data loss prevention match,DATA",
        "IP reputation match,THREAT_INTEL",
        "Connection closed,NETWORK",
        "Compliance check failed,POLICY",
        "User profile updated,OTHER"
    })
    void theMostSpecificCategoryNamedByAWordWins(String name, EventCategory expected) {
        assertThat(CefCategories.of(header(name, "100", "Product"), fields(""), false))
                .isEqualTo(expected);
    }

    @Test
    void catAndTheSignatureIdNameCategoriesToo() {
        assertThat(CefCategories.of(header("Alert", "100", "p"), fields("cat=/Malware/Infection"), false))
                .isEqualTo(EventCategory.MALWARE);
        assertThat(CefCategories.of(header("Alert", "dns-query", "p"), fields(""), false))
                .isEqualTo(EventCategory.DNS);
    }

    @Test
    void withoutNamedCategoryTechniquesThenProductThenRequestThenAddressesDecide() {
        CefHeader plain = header("Alert", "100", "Sentinel");
        CefHeader firewall = header("Alert", "100", "VPN-1 & FireWall-1");

        assertThat(CefCategories.of(plain, fields("src=10.0.0.1"), true)).isEqualTo(EventCategory.INTRUSION);
        assertThat(CefCategories.of(firewall, fields("request=http://x/"), false))
                .isEqualTo(EventCategory.NETWORK);
        assertThat(CefCategories.of(plain, fields("request=http://x/ src=10.0.0.1"), false))
                .isEqualTo(EventCategory.WEB);
        assertThat(CefCategories.of(plain, fields("dst=10.0.0.1"), false)).isEqualTo(EventCategory.NETWORK);
        assertThat(CefCategories.of(plain, fields("shost=a"), false)).isEqualTo(EventCategory.OTHER);
    }

    @Test
    void techniquesFromLabelledCustomStringsThenCat() {
        CefFields fields = fields("cs1=T1059.001 cs1Label=Rule cs2=T1110.003 brute force cs2Label=MITRE Technique"
                + " cs3=T1078 cs3Label=ATT&CK id deviceCustomString4=T1021.002"
                + " deviceCustomString4Label=technique cs5=TA0001 cs5Label=MITRE tactic cat=Lateral T1570 T1078");

        assertThat(CefMapping.techniques(fields)).containsExactly("T1110.003", "T1078", "T1021.002", "T1570");
    }

    @Test
    void techniqueIdsAreWholeWords() {
        Set<String> ids = new LinkedHashSet<>();
        AttackTechniques.scan("T1 T12345 XT1234 T1234x T1234.5 T1234.567 (T1190) T1003.0011 T1055,T1106", ids);

        assertThat(ids).containsExactly("T1234", "T1234.567", "T1190", "T1055", "T1106");
    }

    @Test
    void fullKeyNamesAreReadLikeTheShortOnes() {
        CefFields fields = fields("sourceAddress=10.0.0.1 destinationAddress=10.0.0.2 sourceHostName=a"
                + " destinationHostName=b sourceUserName=u destinationUserName=v requestUrl=http://x/"
                + " deviceAddress=10.0.0.3 deviceHostName=c");

        assertThat(CefMapping.entities(fields, null))
                .containsExactly(
                        ip("10.0.0.1"),
                        ip("10.0.0.2"),
                        host("a"),
                        host("b"),
                        user("u"),
                        user("v"),
                        url("http://x/"),
                        ip("10.0.0.3"),
                        host("c"));
    }

    @Test
    void theShortKeyWinsOverItsFullName() {
        assertThat(CefMapping.entities(fields("src=10.0.0.1 sourceAddress=10.0.0.9"), null))
                .containsExactly(ip("10.0.0.1"));
    }

    @Test
    void entitiesAreUniqueAndHostsThatAreAddressesAreIps() {
        CefFields fields = fields("src=10.0.0.1 shost=10.0.0.1 dhost=2001:db8::1 dvchost=fw01 deviceExternalId=SN1"
                + " sourceDnsDomain=corp.example destinationDnsDomain=evil.example");

        assertThat(CefMapping.entities(fields, "fw01"))
                .containsExactly(
                        ip("10.0.0.1"),
                        ip("2001:db8::1"),
                        host("fw01"),
                        device("SN1"),
                        new Entity(EntityType.DOMAIN, "corp.example"),
                        new Entity(EntityType.DOMAIN, "evil.example"));
    }

    @Test
    void placeholderValuesNameNothing() {
        assertThat(CefMapping.entities(fields("src=- suser=N/A duser=null shost=none dhost=  request="), "-"))
                .isEmpty();
    }

    @Test
    void usersThatAreEmailAddressesAreEmailsAndSemicolonListsOfThemAreSplit() {
        assertThat(CefMapping.entities(fields("suser=a@x.example duser=b@x.example; c@y.example"), null))
                .containsExactly(email("a@x.example"), email("b@x.example"), email("c@y.example"));
        assertThat(CefMapping.entities(fields("suser=CORP\\ana duser=ana;bob"), null))
                .containsExactly(user("CORP\\ana"), user("ana;bob"));
    }

    @Test
    void emailAddressesLookLikeOne() {
        assertThat(List.of("a@b.example", "first.last@mail.corp.example")).allMatch(CefMapping::isEmail);
        assertThat(List.of("a@b", "@b.example", "a@b@c.example", "a@.example", "a@b.", "a b@c.example"))
                .noneMatch(CefMapping::isEmail);
    }

    @ParameterizedTest
    @CsvSource({"src,10.0.0.256", "dst,not-an-ip", "dvc,10.0.0", "src,1:2:3", "dst,2001:db8:::1", "src,fe80::1%"})
    void addressFieldsMustHoldIpAddresses(String key, String value) {
        assertThatThrownBy(() -> CefMapping.entities(fields(key + "=" + value), null))
                .isInstanceOf(InvalidRecord.class)
                .hasMessage("extension " + key + ": \"" + value + "\" is not an IP address");
    }

    @Test
    void ipLiterals() {
        assertThat(List.of(
                        "0.0.0.0",
                        "255.255.255.255",
                        "::",
                        "::1",
                        "2001:db8::",
                        "2001:0db8:0000:0000:0000:ff00:0042:8329",
                        "::ffff:192.0.2.1",
                        "64:ff9b::192.0.2.33",
                        "fe80::1%eth0"))
                .allMatch(IpLiterals::isIp);
        assertThat(List.of(
                        "",
                        "1.2.3",
                        "1.2.3.4.5",
                        "1.2.3.",
                        "1..2.3",
                        "1234.1.1.1",
                        ":1",
                        "1:2:3:4:5:6:7:8:9",
                        "1:2:3:4:5:6::7:8",
                        "12345::1",
                        "g::1",
                        "1:2",
                        "1::2:"))
                .noneMatch(IpLiterals::isIp);
    }

    @Test
    void summariesNameTheEndpointsTheRecordHas() {
        CefHeader header = header("Port scan", "100", "p");

        assertThat(CefMapping.summary(header, fields("src=10.0.0.1 dst=10.0.0.2 shost=a")))
                .isEqualTo("Port scan (10.0.0.1 -> 10.0.0.2)");
        assertThat(CefMapping.summary(header, fields("shost=a dhost=b"))).isEqualTo("Port scan (a -> b)");
        assertThat(CefMapping.summary(header, fields("shost=a"))).isEqualTo("Port scan (from a)");
        assertThat(CefMapping.summary(header, fields("dst=10.0.0.2"))).isEqualTo("Port scan (to 10.0.0.2)");
        assertThat(CefMapping.summary(header, fields(""))).isEqualTo("Port scan");
    }

    @Test
    void aSummaryFallsBackToTheSignatureIdThenTheDeviceAndStaysOnOneShortLine() {
        assertThat(CefMapping.summary(header(" ", "sig-7", "p"), fields(""))).isEqualTo("sig-7");
        assertThat(CefMapping.summary(header("", "", "IDS"), fields(""))).isEqualTo("Vendor IDS event");
        assertThat(CefMapping.summary(header("two\rlines\tand a tab", "1", "p"), fields("")))
                .isEqualTo("two lines and a tab");
        String longName = "x".repeat(5_000);
        assertThat(CefMapping.summary(header(longName, "1", "p"), fields("")))
                .hasSize(CefMapping.MAX_TITLE)
                .endsWith("…");
    }
}
