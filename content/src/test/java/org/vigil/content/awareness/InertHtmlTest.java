package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A landing page must be safe to open anywhere: nothing runs, nothing loads, forms post nowhere. */
class InertHtmlTest {

    static Stream<Arguments> unsafePages() {
        return Stream.of(
                Arguments.of("script.html", 6, "<script>", "<script> is not allowed: content must be inert"),
                Arguments.of(
                        "event-handler.html",
                        6,
                        "<button onclick>",
                        "event handler attribute \"onclick\" is not allowed: content must be inert"),
                Arguments.of(
                        "external-image.html",
                        5,
                        "<img src>",
                        "loads \"https://cdn.example/logo.png\" from outside: use a data:image/png, jpeg, gif or webp URI"),
                Arguments.of(
                        "protocol-relative-image.html",
                        6,
                        "<img src>",
                        "loads \"//cdn.example/logo.png\" from outside: use a data:image/png, jpeg, gif or webp URI"),
                Arguments.of(
                        "svg-data-image.html",
                        5,
                        "<img src>",
                        "loads \"data:image/svg+xml;base64,PHN2Zy8+\" from outside: use a data:image/png, jpeg, gif or webp URI"),
                Arguments.of(
                        "form-action.html",
                        6,
                        "<form action>",
                        "points outside the page (\"https://collector.example/steal\"): links and forms may only point at \"\", \"#\" or \"#fragment\""),
                Arguments.of(
                        "meta-refresh.html", 5, "<meta http-equiv>", "a refresh would load another page: not allowed"),
                Arguments.of(
                        "css-url.html",
                        5,
                        "<style>",
                        "CSS url(https://cdn.example/bg.png) loads from outside: use a data:image/png, jpeg, gif or webp URI"),
                Arguments.of("iframe.html", 5, "<iframe>", "<iframe> is not allowed: content must be inert"),
                Arguments.of("link-stylesheet.html", 5, "<link>", "<link> is not allowed: content must be inert"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafePages")
    void anUnsafePageIsRefusedWithItsLineElementAndReason(String sample, int line, String where, String reason) {
        List<HtmlFinding> findings =
                InertHtml.check(InertHtml.parse(LibraryFixture.sampleText(sample)), InertHtml.Use.PAGE);

        assertThat(findings).containsExactly(new HtmlFinding(line, where, reason));
    }

    static Stream<Arguments> unsafeSnippets() {
        return Stream.of(
                Arguments.of(
                        "<object data=\"x.swf\"></object>",
                        "<object>",
                        "<object> is not allowed: content must be inert"),
                Arguments.of("<embed src=\"x.swf\">", "<embed>", "<embed> is not allowed: content must be inert"),
                Arguments.of(
                        "<base href=\"https://elsewhere.example/\">",
                        "<base>",
                        "<base> is not allowed: content must be inert"),
                Arguments.of(
                        "<img src=\"data:image/png;base64,AA==\" srcset=\"https://cdn.example/2x.png 2x\">",
                        "<img srcset>",
                        "attribute \"srcset\" is not allowed: it can load from outside"),
                Arguments.of(
                        "<style>@import \"theme.css\";</style>",
                        "<style>",
                        "CSS @import loads from outside: not allowed"),
                Arguments.of(
                        "<form action=\"\"><button formaction=\"https://collector.example/\">Pay</button></form>",
                        "<button formaction>",
                        "points outside the page (\"https://collector.example/\"): links and forms may only point at \"\", \"#\" or \"#fragment\""),
                Arguments.of(
                        "<svg><image xlink:href=\"https://cdn.example/logo.png\"/></svg>",
                        "<image xlink:href>",
                        "points outside the page (\"https://cdn.example/logo.png\"): links and forms may only point at \"\", \"#\" or \"#fragment\""),
                Arguments.of(
                        "<a href=\"javascript:pay()\">Pay</a>",
                        "<a href>",
                        "points outside the page (\"javascript:pay()\"): links and forms may only point at \"\", \"#\" or \"#fragment\""),
                Arguments.of(
                        "<div style=\"background: url(//cdn.example/x.png)\">",
                        "<div style>",
                        "CSS url(//cdn.example/x.png) loads from outside: use a data:image/png, jpeg, gif or webp URI"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unsafeSnippets")
    void everyWayOfRunningOrLoadingSomethingIsRefused(String html, String where, String reason) {
        List<HtmlFinding> findings = InertHtml.check(InertHtml.parse(html), InertHtml.Use.PAGE);

        assertThat(findings).containsExactly(new HtmlFinding(1, where, reason));
    }

    @Test
    void fragmentsEmptyActionsInlineSvgAndRasterDataImagesAreInert() {
        List<HtmlFinding> findings =
                InertHtml.check(InertHtml.parse(LibraryFixture.sampleText("inert.html")), InertHtml.Use.PAGE);

        assertThat(findings).isEmpty();
    }

    @Test
    void anEmailMayLinkOutAndCarryTheTrackingImageButNotAForm() {
        String html = """
                <p><a href="{{.URL}}">Track</a> <a href="https://www.swiftpost.example/">Home</a> <a href="mailto:help@swiftpost.example">Help</a></p>
                <img src="{{.TrackingURL}}" alt="">
                <form action=""><input name="card"></form>
                """;

        List<HtmlFinding> findings = InertHtml.check(InertHtml.parse(html), InertHtml.Use.EMAIL);

        assertThat(findings)
                .containsExactly(new HtmlFinding(3, "<form>", "<form> is not allowed: content must be inert"));
    }

    @Test
    void aJavascriptLinkIsRefusedInEmailsToo() {
        List<HtmlFinding> findings =
                InertHtml.check(InertHtml.parse("<a href=\"javascript:pay()\">Pay</a>"), InertHtml.Use.EMAIL);

        assertThat(findings)
                .containsExactly(new HtmlFinding(
                        1,
                        "<a href>",
                        "link \"javascript:pay()\" is not allowed: use {{.URL}}, https://, mailto:, tel: or #"));
    }
}
