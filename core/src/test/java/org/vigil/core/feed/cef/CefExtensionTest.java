package org.vigil.core.feed.cef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.InvalidRecord;

/** The extension tokenizer against the CEF specification's rules and the samples' hard cases. */
class CefExtensionTest {

    private static Map<String, String> parse(String extension) {
        return CefExtension.parse(extension, 0);
    }

    /** The extension of sample line {@code line}. */
    private static Map<String, String> sampleExtension(int line) {
        String text = CefParserTest.SAMPLES.get(line - 1);
        CefHeader header = CefHeader.parse(text, text.indexOf("CEF:"));
        return CefExtension.parse(text, header.extensionStart());
    }

    @Test
    void pairsAreSeparatedBySpaces() {
        assertThat(parse("src=10.0.0.1 dst=2.1.2.2 spt=1232"))
                .containsOnly(entry("src", "10.0.0.1"), entry("dst", "2.1.2.2"), entry("spt", "1232"));
    }

    @Test
    void aValueRunsUntilTheNextKeyAndMayContainSpaces() {
        assertThat(parse("filePath=/user/username/dir/my file name.txt act=blocked"))
                .containsOnly(entry("filePath", "/user/username/dir/my file name.txt"), entry("act", "blocked"));
    }

    @Test
    void escapedEqualsBackslashAndNewlinesAreUnescaped() {
        assertThat(parse("msg=a\\=b c\\\\d\\nnext\\rline k=v"))
                .containsOnly(entry("msg", "a=b c\\d\nnext\rline"), entry("k", "v"));
    }

    @Test
    void anyOtherBackslashIsKeptAsItIs() {
        assertThat(parse("act=blocked a \\| b \\t end")).containsOnly(entry("act", "blocked a \\| b \\t end"));
    }

    @Test
    void aBackslashAtTheEndIsKept() {
        assertThat(parse("path=C:\\")).containsOnly(entry("path", "C:\\"));
    }

    @Test
    void pipesNeedNoEscapeInTheExtension() {
        assertThat(sampleExtension(2)).containsEntry("act", "blocked a |").containsEntry("dst", "1.1.1.1");
    }

    @Test
    void theSpecificationsBackslashAndEqualsExamples() {
        assertThat(sampleExtension(17)).containsEntry("act", "blocked a \\").containsEntry("dst", "1.1.1.1");
        assertThat(sampleExtension(18)).containsEntry("act", "blocked a =").containsEntry("dst", "1.1.1.1");
    }

    @Test
    void anEscapedEqualsSignDoesNotStartAKey() {
        assertThat(parse("request=http://x.example/?a\\=1 b=2"))
                .containsOnly(entry("request", "http://x.example/?a=1"), entry("b", "2"));
    }

    @Test
    void anUnescapedEqualsSignInsideAWordStaysInTheValue() {
        assertThat(parse("request=http://x.example/?a=1&b=2 act=allow"))
                .containsOnly(entry("request", "http://x.example/?a=1&b=2"), entry("act", "allow"));
    }

    @Test
    void aWordThatIsNotAKeyBeforeAnEqualsSignStaysInTheValue() {
        assertThat(parse("msg=x y/z=1 (a)=2 k=v")).containsOnly(entry("msg", "x y/z=1 (a)=2"), entry("k", "v"));
    }

    @Test
    void keysAreAlphanumericWithUnderscoresAndDotsAfterALetter() {
        assertThat(parse("layer_name=Network ad.user=x cs1Label=Rule 9lives=no"))
                .containsOnly(
                        entry("layer_name", "Network"), entry("ad.user", "x"), entry("cs1Label", "Rule 9lives=no"));
    }

    @Test
    void emptyValuesAreEmpty() {
        assertThat(parse("cs1= cs2Label=Safe Name cs2= app="))
                .containsOnly(entry("cs1", ""), entry("cs2Label", "Safe Name"), entry("cs2", ""), entry("app", ""));
    }

    @Test
    void extraSpacesBeforeAKeyBelongToThePreviousValueButTheLastValueIsTrimmed() {
        assertThat(parse("a=x   b=y  ")).containsOnly(entry("a", "x  "), entry("b", "y"));
    }

    @Test
    void leadingSpacesBeforeTheFirstKeyAreSkipped() {
        assertThat(parse("   start=1 end=2")).containsOnly(entry("start", "1"), entry("end", "2"));
    }

    @Test
    void anEmptyExtensionHasNoPairs() {
        assertThat(parse("")).isEmpty();
        assertThat(parse("    ")).isEmpty();
    }

    @Test
    void aRepeatedKeyKeepsItsLastValue() {
        assertThat(parse("src=10.0.0.1 src=10.0.0.2")).containsOnly(entry("src", "10.0.0.2"));
    }

    @Test
    void anExtensionThatDoesNotStartWithAKeyIsRejected() {
        assertThatThrownBy(() -> parse("hello world"))
                .isInstanceOf(InvalidRecord.class)
                .hasMessage("CEF extension does not start with key=value");
        assertThatThrownBy(() -> parse("=x a=b")).isInstanceOf(InvalidRecord.class);
    }

    @Test
    void keyEndFindsOnlyWholeKeys() {
        assertThat(CefExtension.keyEnd("src=1", 0)).isEqualTo(3);
        assertThat(CefExtension.keyEnd("a b=1", 0)).isEqualTo(-1);
        assertThat(CefExtension.keyEnd("1a=1", 0)).isEqualTo(-1);
        assertThat(CefExtension.keyEnd("abc", 0)).isEqualTo(-1);
        assertThat(CefExtension.keyEnd("x", 5)).isEqualTo(-1);
    }

    @Test
    void multiWordValuesWithParenthesesSemicolonsAndUrlsInTheSamples() {
        assertThat(sampleExtension(19))
                .containsEntry(
                        "requestClientApplication",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/119.0.0.0 Safari/537.36")
                .containsEntry("fileType", "Windows Executable")
                .containsEntry("urlclass", "Security Risk")
                .containsEntry("rt", "Nov 27 2026 07:44:12");
        assertThat(sampleExtension(20))
                .containsEntry("deviceExternalId", "Live BlueCoat ProxySG")
                .containsEntry("duser", "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 1.1.4322)")
                .containsEntry("nitroObject_Type", "Web_Advertisements")
                .containsEntry("start", "1795764900000");
    }

    @Test
    void escapedPathsNewlinesAndEqualsSignsInTheSamples() {
        assertThat(sampleExtension(16))
                .containsEntry("filePath", "C:\\Users\\Jane Doe\\Downloads\\eicar com.zip")
                .containsEntry("msg", "Realtime scan\nfile=eicar.com result=quarantined")
                .containsEntry("TrendMicroDsRelevantDetectionNames", "Ransom_CERBER.BZC;Ransom_CERBER.C");
        assertThat(sampleExtension(5))
                .containsEntry(
                        "cs3",
                        "GET /products.php?id=1%27%20OR%201=1-- HTTP/1.1\r\nHost: shop.example.com\r\n"
                                + "User-Agent: sqlmap/1.7.2#stable (https://sqlmap.org)\r\n")
                .containsEntry("deviceCustomDate1", "Nov 20 2026 16:42:10");
        assertThat(sampleExtension(8)).containsEntry("originsicname", "cn=cp_mgmt,o=gw-hq..ot9hvv");
    }

    @Test
    void quotesAndEmptyValuesInTheCyberArkSample() {
        assertThat(sampleExtension(7))
                .containsEntry("cs1Label", "\"Affected User Name\"")
                .containsEntry("cs1", "")
                .containsEntry("fname", "Root\\Operating System-WinDomain-corp.example-svc_backup")
                .containsEntry("reason", "Authentication failure for User svc_backup")
                .containsEntry("rt", "1795762501000");
    }
}
