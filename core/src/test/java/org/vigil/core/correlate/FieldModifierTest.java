package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.correlate.SigmaFixtures.detection;
import static org.vigil.core.correlate.SigmaFixtures.json;
import static org.vigil.core.correlate.SigmaFixtures.matches;
import static org.vigil.core.correlate.SigmaFixtures.problemWith;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldModifierTest {

    @Test
    void aPlainValueMatchesTheWholeValueIgnoringCase() {
        // given
        SigmaRule rule = detection("sel:\n    Image: 'C:\\Windows\\System32\\whoami.exe'\ncondition: sel");

        // when / then
        assertThat(matches(rule, json("Image", "c:\\windows\\system32\\WHOAMI.EXE")))
                .isTrue();
        assertThat(matches(rule, json("Image", "C:\\Windows\\System32\\whoami.exe.bak")))
                .isFalse();
    }

    @Test
    void numbersInRulesMatchNumbersAndTextInEvents() {
        SigmaRule rule = detection("sel:\n    EventID: 4625\ncondition: sel");

        assertThat(matches(rule, json("EventID", 4625))).isTrue();
        assertThat(matches(rule, json("EventID", "4625"))).isTrue();
        assertThat(matches(rule, json("EventID", 4624))).isFalse();
    }

    @Test
    void containsMatchesAnywhereIgnoringCase() {
        SigmaRule rule = detection("sel:\n    CommandLine|contains: 'Invoke-Mimikatz'\ncondition: sel");

        assertThat(matches(rule, json("CommandLine", "powershell -c invoke-mimikatz -dump")))
                .isTrue();
        assertThat(matches(rule, json("CommandLine", "powershell -c Get-Process")))
                .isFalse();
    }

    @Test
    void startswithAndEndswithAnchorOneEnd() {
        SigmaRule starts = detection("sel:\n    User|startswith: 'adm'\ncondition: sel");
        SigmaRule ends = detection("sel:\n    Image|endswith: '\\cmd.exe'\ncondition: sel");

        assertThat(matches(starts, json("User", "ADMIN-01"))).isTrue();
        assertThat(matches(starts, json("User", "sysadm"))).isFalse();
        assertThat(matches(ends, json("Image", "C:\\Windows\\System32\\CMD.EXE")))
                .isTrue();
        assertThat(matches(ends, json("Image", "C:\\Windows\\System32\\cmd.exe.mui")))
                .isFalse();
    }

    @Test
    void aListOfValuesMatchesAnyOfThem() {
        SigmaRule rule = detection("sel:\n    EventID:\n        - 529\n        - 4625\ncondition: sel");

        assertThat(matches(rule, json("EventID", 529))).isTrue();
        assertThat(matches(rule, json("EventID", 4625))).isTrue();
        assertThat(matches(rule, json("EventID", 4624))).isFalse();
    }

    @Test
    void containsAllNeedsEveryValue() {
        SigmaRule rule = detection(
                "sel:\n    CommandLine|contains|all:\n        - ' -enc '\n        - 'hidden'\ncondition: sel");

        assertThat(matches(rule, json("CommandLine", "powershell -w HIDDEN -enc SQBFAFgA")))
                .isTrue();
        assertThat(matches(rule, json("CommandLine", "powershell -enc SQBFAFgA")))
                .isFalse();
    }

    @Test
    void regularExpressionsAreCaseSensitiveUnlessFlaggedAndMatchAnywhere() {
        SigmaRule sensitive = detection("sel:\n    Query|re: 'SELECT .* FROM users'\ncondition: sel");
        SigmaRule insensitive = detection("sel:\n    Query|re|i: 'SELECT .* FROM users'\ncondition: sel");

        assertThat(matches(sensitive, json("Query", "x; SELECT name FROM users --")))
                .isTrue();
        assertThat(matches(sensitive, json("Query", "select name from users"))).isFalse();
        assertThat(matches(insensitive, json("Query", "select name from users")))
                .isTrue();
    }

    @Test
    void aPathologicalRegularExpressionGivesUpInsteadOfHanging() {
        SigmaRule rule = detection("sel:\n    Text|re: '^(a+)+$'\ncondition: sel");

        assertThat(matches(rule, json("Text", "a".repeat(40) + "!"))).isFalse();
        assertThat(matches(rule, json("Text", "aaaa"))).isTrue();
    }

    @Test
    void cidrMatchesAddressesInTheNetworkOnly() {
        SigmaRule rule =
                detection("sel:\n    data.srcip|cidr:\n        - '10.0.0.0/8'\n        - 'fd00::/8'\ncondition: sel");

        assertThat(matches(rule, "{\"data\":{\"srcip\":\"10.20.30.40\"}}")).isTrue();
        assertThat(matches(rule, "{\"data\":{\"srcip\":\"fd12:3456::1\"}}")).isTrue();
        assertThat(matches(rule, "{\"data\":{\"srcip\":\"11.0.0.1\"}}")).isFalse();
        assertThat(matches(rule, "{\"data\":{\"srcip\":\"10.0.0\"}}")).isFalse();
        assertThat(matches(rule, "{\"data\":{\"srcip\":\"intranet.example\"}}")).isFalse();
    }

    @Test
    void numericModifiersCompareNumbers() {
        SigmaRule rule = detection("sel:\n    bytes_out|gte: 1000000\n    port|lt: 1024\ncondition: sel");

        assertThat(matches(rule, json("bytes_out", 2046113, "port", 443))).isTrue();
        assertThat(matches(rule, json("bytes_out", 999, "port", 443))).isFalse();
        assertThat(matches(rule, json("bytes_out", "lots", "port", 443))).isFalse();
    }

    @Test
    void casedMakesMatchingCaseSensitive() {
        SigmaRule rule = detection("sel:\n    Name|cased: 'Admin'\ncondition: sel");

        assertThat(matches(rule, json("Name", "Admin"))).isTrue();
        assertThat(matches(rule, json("Name", "admin"))).isFalse();
    }

    @Test
    void existsChecksPresenceOnly() {
        SigmaRule present = detection("sel:\n    PasswordLastSet|exists: true\ncondition: sel");
        SigmaRule absent = detection("sel:\n    PasswordLastSet|exists: false\ncondition: sel");

        assertThat(matches(present, "{\"PasswordLastSet\":null}")).isTrue();
        assertThat(matches(present, "{\"Other\":1}")).isFalse();
        assertThat(matches(absent, "{\"Other\":1}")).isTrue();
    }

    @Test
    void nullMatchesAnAbsentOrNullFieldAndEmptyMatchesOnlyEmpty() {
        SigmaRule isNull = detection("sel:\n    PasswordLastSet: null\ncondition: sel");
        SigmaRule isEmpty = detection("sel:\n    PasswordLastSet: ''\ncondition: sel");

        assertThat(matches(isNull, "{\"PasswordLastSet\":null}")).isTrue();
        assertThat(matches(isNull, "{\"Other\":1}")).isTrue();
        assertThat(matches(isNull, "{\"PasswordLastSet\":\"2025-01-01\"}")).isFalse();
        assertThat(matches(isEmpty, "{\"PasswordLastSet\":\"\"}")).isTrue();
        assertThat(matches(isEmpty, "{\"Other\":1}")).isFalse();
    }

    @Test
    void aMultiValuedFieldMatchesWhenAnyOfItsValuesDoes() {
        SigmaRule rule = detection("sel:\n    tags|contains: 'exfil'\ncondition: sel");

        assertThat(matches(rule, json("tags", List.of("recon", "EXFILTRATION"))))
                .isTrue();
        assertThat(matches(rule, json("tags", List.of("recon")))).isFalse();
    }

    @Test
    void plainListsAreKeywordSearchesOverTheWholeRecord() {
        SigmaRule any = detection("keywords:\n    - 'event::clear'\n    - 'event::drop'\ncondition: keywords");
        SigmaRule all = detection(
                "keywords:\n    '|all':\n        - 'OabVirtualDirectory'\n        - ' -ExternalUrl '\ncondition: keywords");

        assertThat(matches(any, json("msg", "mimikatz # EVENT::Clear"))).isTrue();
        assertThat(matches(any, json("msg", "nothing here"))).isFalse();
        assertThat(matches(all, json("cmd", "Set-OabVirtualDirectory -ExternalUrl http://x")))
                .isTrue();
        assertThat(matches(all, json("cmd", "Set-OabVirtualDirectory"))).isFalse();
    }

    @Test
    void unknownAndUnsupportedModifiersAreRejectedWithTheirPath() {
        assertThat(problemWith("sel:\n    CommandLine|base64: 'x'\ncondition: sel")
                        .reason())
                .contains("detection.sel.CommandLine|base64")
                .contains("unsupported modifier 'base64'");
        assertThat(problemWith("sel:\n    CommandLine|sortof: 'x'\ncondition: sel")
                        .reason())
                .contains("unknown modifier 'sortof'");
        assertThat(problemWith("sel:\n    CommandLine|contains|endswith: 'x'\ncondition: sel")
                        .reason())
                .contains("conflicting modifiers");
    }

    @Test
    void badModifierValuesAreRejected() {
        assertThat(problemWith("sel:\n    ip|cidr: '10.0.0.0/33'\ncondition: sel")
                        .reason())
                .contains("bad prefix length");
        assertThat(problemWith("sel:\n    q|re: '(unclosed'\ncondition: sel").reason())
                .contains("invalid regular expression");
        assertThat(problemWith("sel:\n    n|gt: 'many'\ncondition: sel").reason())
                .contains("needs a number");
        assertThat(problemWith("sel:\n    f|exists: 'yes'\ncondition: sel").reason())
                .contains("true or false");
    }
}
