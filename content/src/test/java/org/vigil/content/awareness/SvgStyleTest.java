package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Illustrations by many hands must look like one product and carry no words to translate. */
class SvgStyleTest {

    private static List<HtmlFinding> check(String sample) {
        return SvgStyle.check(LibraryFixture.sampleBytes(sample));
    }

    @Test
    void aColourOutsideThePaletteIsNamedWithItsLine() {
        assertThat(check("wrong-palette.svg")).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.where()).isEqualTo("<circle fill>");
            assertThat(finding.reason())
                    .startsWith(
                            "colour \"#FF0000\" is not in the palette; use none or one of #0072b2, #009e73, #1f2a44,");
        });
    }

    @Test
    void wordsAreRefusedButNumbersAndSymbolsAreAllowed() {
        assertThat(check("words.svg"))
                .containsExactly(
                        new HtmlFinding(
                                4,
                                "<text>",
                                "\"Pay now\" has letters, which would need translating: draw text as grey bars; <text> may hold only digits and symbols"));
    }

    @Test
    void malformedXmlIsReportedWithTheParsersLine() {
        assertThat(check("not-xml.svg")).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.reason()).startsWith("not well-formed XML: ");
        });
    }

    @Test
    void gradientsAreNotPartOfTheFlatStyle() {
        assertThat(check("gradient.svg"))
                .extracting(HtmlFinding::where)
                .containsExactly("<linearGradient>", "<stop>", "<rect fill>");
    }

    @Test
    void theCanvasIsFixed() {
        assertThat(check("wrong-canvas.svg"))
                .containsExactly(
                        new HtmlFinding(1, "<svg viewBox>", "must be viewBox=\"0 0 480 320\", the library's canvas"));
    }

    @Test
    void aDocumentTypeIsRefusedSoNoEntityCanLoadAnything() {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 320\"><rect fill=\"#FFFFFF\"/></svg>";

        assertThat(SvgStyle.check(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .singleElement()
                .satisfies(finding -> assertThat(finding.reason())
                        .startsWith("not well-formed XML: ")
                        .containsIgnoringCase("DOCTYPE"));
    }
}
