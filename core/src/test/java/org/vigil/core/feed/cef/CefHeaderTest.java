package org.vigil.core.feed.cef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigil.core.feed.InvalidRecord;

class CefHeaderTest {

    @Test
    void readsTheSevenFieldsAndWhereTheExtensionStarts() {
        String text = "CEF:0|Security|threatmanager|1.0|100|worm successfully stopped|10|src=10.0.0.1";
        CefHeader header = CefHeader.parse(text, 0);

        assertThat(header)
                .isEqualTo(new CefHeader(
                        "0",
                        "Security",
                        "threatmanager",
                        "1.0",
                        "100",
                        "worm successfully stopped",
                        "10",
                        text.indexOf("src=")));
    }

    @Test
    void escapedPipesAndBackslashesAreUnescapedInAnyField() {
        CefHeader header = CefHeader.parse("CEF:0|a\\|b|c\\\\d|1.0|x\\|y|detected a \\| and \\\\|5|", 0);

        assertThat(header.vendor()).isEqualTo("a|b");
        assertThat(header.product()).isEqualTo("c\\d");
        assertThat(header.signatureId()).isEqualTo("x|y");
        assertThat(header.name()).isEqualTo("detected a | and \\");
        assertThat(header.severity()).isEqualTo("5");
    }

    @Test
    void otherBackslashesAndEqualsSignsStayAsTheyAre() {
        CefHeader header = CefHeader.parse("CEF:0|v|p|1|id|a \\= b \\n c = d|5|", 0);

        assertThat(header.name()).isEqualTo("a \\= b \\n c = d");
    }

    @Test
    void emptyFieldsAreEmpty() {
        CefHeader header = CefHeader.parse("CEF:0|Microsoft|Microsoft Windows||4625|Logon|5|", 0);

        assertThat(header.deviceVersion()).isEmpty();
        assertThat(header.signatureId()).isEqualTo("4625");
    }

    @Test
    void aRecordMayEndRightAfterTheSeverity() {
        String text = "CEF:1|v|p|1|id|name|Very-High";
        CefHeader header = CefHeader.parse(text, 0);

        assertThat(header.severity()).isEqualTo("Very-High");
        assertThat(header.extensionStart()).isEqualTo(text.length());
    }

    @Test
    void theHeaderMayStartAfterASyslogPrefix() {
        String text = "Sep 19 08:26:10 host CEF:0|v|p|1|id|name|3|a=b";
        CefHeader header = CefHeader.parse(text, text.indexOf("CEF:"));

        assertThat(header.vendor()).isEqualTo("v");
        assertThat(text.substring(header.extensionStart())).isEqualTo("a=b");
    }

    @Test
    void aShortHeaderIsRejectedWithTheNumberOfFields() {
        assertThatThrownBy(() -> CefHeader.parse("CEF:0|Vendor|Product|1.0|100", 0))
                .isInstanceOf(InvalidRecord.class)
                .hasMessage("CEF header has 5 of 7 fields");
        assertThatThrownBy(() -> CefHeader.parse("CEF:", 0)).hasMessage("CEF header has 1 of 7 fields");
        // an escaped pipe does not count
        assertThatThrownBy(() -> CefHeader.parse("CEF:0|a\\|b|c|d|e|f", 0)).hasMessage("CEF header has 6 of 7 fields");
    }

    @Test
    void onlyVersionsZeroAndOneAreRead() {
        assertThat(CefHeader.parse("CEF: 1|v|p|1|id|name|3|", 0).version()).isEqualTo("1");
        assertThatThrownBy(() -> CefHeader.parse("CEF:2|v|p|1|id|name|3|", 0))
                .isInstanceOf(InvalidRecord.class)
                .hasMessage("CEF header field Version: \"2\" is not 0 or 1");
        assertThatThrownBy(() -> CefHeader.parse("CEF:x|v|p|1|id|name|3|", 0))
                .hasMessageStartingWith("CEF header field Version");
    }
}
