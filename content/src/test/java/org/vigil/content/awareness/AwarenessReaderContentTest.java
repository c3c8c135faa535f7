package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader checks in the content itself: GoPhish variables and their parity across
 * languages, red flags found where they are said to be, inert pages, reserved domains, drawings in
 * the house style and emails that parse. Each test breaks one thing in a copy of the seed items.
 */
class AwarenessReaderContentTest {

    private static final String PHISHING = "emails/parcel-redelivery-fee/";
    private static final String LEGITIMATE = "emails/parcel-delivery-notice/";
    private static final String PAGE = "pages/parcel-fee-payment/";
    private static final String FAIR_TERMS = "terms/parcel-locker-terms/";
    private static final String GIVEAWAY = "posts/parcel-giveaway/item.json";

    @TempDir
    Path folder;

    private LibraryFixture library;

    @BeforeEach
    void copyTheSeedItems() {
        library = LibraryFixture.copyOfSeed(folder);
    }

    @Test
    void anUnknownTemplateVariableIsReportedAtItsLine() {
        library.replace(PHISHING + "de.eml", "{{.Tracker}}", "{{.Tracker}}{{.Password}}");

        assertThat(library.problems())
                .containsExactly(
                        new ContentProblem(
                                PHISHING + "de.eml",
                                library.lineOf(PHISHING + "de.eml", "{{.Password}}"),
                                "",
                                "unknown template variable {{.Password}}; GoPhish knows {{.FirstName}}, {{.LastName}}, {{.Email}}, "
                                        + "{{.Position}}, {{.From}}, {{.URL}}, {{.TrackingURL}}, {{.Tracker}}, {{.RId}}, {{.BaseURL}}"));
    }

    @Test
    void aVariableWrittenWithSpacesIsMalformed() {
        library.replace(PHISHING + "it.eml", "<a href=\"{{.URL}}\"", "<a href=\"{{ .URL }}\"");

        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(PHISHING + "it.eml");
            assertThat(problem.line()).isEqualTo(library.lineOf(PHISHING + "it.eml", "{{ .URL }}"));
            assertThat(problem.message())
                    .isEqualTo("malformed template variable \"{{ .URL }}\"; write {{.Name}} without spaces");
        });
    }

    @Test
    void everyLanguageOfAnEmailUsesTheSameVariables() {
        library.replace(LEGITIMATE + "pl.eml", "Dzień dobry, {{.FirstName}},", "Dzień dobry,");

        assertThat(library.problems())
                .contains(
                        new ContentProblem(
                                LEGITIMATE + "pl.eml",
                                0,
                                "",
                                "uses template variables {{.Email}}, {{.URL}}, {{.Tracker}} but " + LEGITIMATE
                                        + "en.eml uses {{.Email}}, {{.FirstName}}, {{.URL}}, {{.Tracker}}: every language must use the same ones"));
    }

    @Test
    void aRedFlagQuoteMustBeFoundInEveryBodyPartOfItsLanguage() {
        library.replace(PHISHING + "fr.eml", "sous 24 heures", "sous 48 heures");
        String json = PHISHING + "item.json";

        assertThat(library.problems())
                .extracting(ContentProblem::file, ContentProblem::line, ContentProblem::path, ContentProblem::message)
                .containsExactly(
                        tuple(
                                json,
                                library.lineOf(json, "\"sous 24 heures\""),
                                "$.redFlags[2].quote.fr",
                                "\"sous 24 heures\" not found in the text/plain part of " + PHISHING + "fr.eml"),
                        tuple(
                                json,
                                library.lineOf(json, "\"sous 24 heures\""),
                                "$.redFlags[2].quote.fr",
                                "\"sous 24 heures\" not found in the text/html part of " + PHISHING + "fr.eml"));
    }

    @Test
    void aRedFlagOnALinkIsCheckedAgainstTheAddressShownForUrl() {
        library.replace(
                PHISHING + "item.json",
                "\"https://paket-gebuehren.example/paketblitz/\"",
                "\"https://paketgebuehr.example/\"");

        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.redFlags[5].quote.de");
            assertThat(problem.message())
                    .isEqualTo("\"paket-gebuehren.example\" not found in the link targets of " + PHISHING + "de.eml");
        });
    }

    @Test
    void aRedFlagOnAHeaderTheEmailLacksIsReported() {
        library.replace(PHISHING + "item.json", "\"at\": \"header:From\"", "\"at\": \"header:Reply-To\"");

        assertThat(library.problems())
                .hasSize(9)
                .first()
                .isEqualTo(new ContentProblem(
                        PHISHING + "item.json",
                        library.lineOf(PHISHING + "item.json", "header:Reply-To"),
                        "$.redFlags[0].at",
                        "there is no header:Reply-To in " + PHISHING + "en.eml"));
    }

    @Test
    void aPlaceTheItemTypeDoesNotHaveIsRefused() {
        library.replace(PHISHING + "item.json", "\"at\": \"header:From\"", "\"at\": \"address\"");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        PHISHING + "item.json",
                        library.lineOf(PHISHING + "item.json", "\"address\""),
                        "$.redFlags[0].at",
                        "unknown place \"address\"; expected header:<Name>, body, link, attachment"));
    }

    @Test
    void anEmailUsingUrlNeedsTheAddressToShowInItsPlace() {
        String json = library.read(LEGITIMATE + "item.json");
        int start = json.indexOf("  \"linkTarget\"");
        library.write(
                LEGITIMATE + "item.json",
                json.substring(0, start) + json.substring(json.indexOf("  \"trustSignals\"")));

        assertThat(library.problems())
                .first()
                .isEqualTo(new ContentProblem(
                        LEGITIMATE + "item.json",
                        1,
                        "$",
                        "the emails use {{.URL}}: add \"linkTarget\", the address a reader sees in its place"));
    }

    @Test
    void aRealDomainIsRefused() {
        library.replace(PHISHING + "en.eml", "swiftpost-redelivery.example", "swiftpost-redelivery.com");

        assertThat(library.problems())
                .contains(
                        new ContentProblem(
                                PHISHING + "en.eml",
                                1,
                                "",
                                "\"swiftpost-redelivery.com\" is not a reserved domain: use names under .example (or .test, .invalid), never a real domain"));
    }

    @Test
    void aRealDomainInAPostLinkIsRefusedAtItsJsonPath() {
        library.replace(
                GIVEAWAY, "https://paczkamig-rozdanie.example/odbierz", "https://paczkamig-rozdanie.pl/odbierz");

        assertThat(library.problems())
                .contains(
                        new ContentProblem(
                                GIVEAWAY,
                                library.lineOf(GIVEAWAY, "paczkamig-rozdanie.pl"),
                                "$.content.pl.link",
                                "\"paczkamig-rozdanie.pl\" is not a reserved domain: use names under .example (or .test, .invalid), never a real domain"));
    }

    @Test
    void aScriptInALandingPageIsRefused() {
        library.replace(PAGE + "ro.html", "</head>", "<script>send(document.forms[0]);</script>\n</head>");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        PAGE + "ro.html",
                        library.lineOf(PAGE + "ro.html", "<script>"),
                        "<script>",
                        "<script> is not allowed: content must be inert"));
    }

    @Test
    void aFormThatPostsSomewhereIsRefused() {
        library.replace(PAGE + "pt.html", "action=\"#\"", "action=\"https://collector.example/card\"");

        assertThat(library.problems())
                .containsExactly(
                        new ContentProblem(
                                PAGE + "pt.html",
                                library.lineOf(PAGE + "pt.html", "<form"),
                                "<form action>",
                                "points outside the page (\"https://collector.example/card\"): links and forms may only point at \"\", \"#\" or \"#fragment\""));
    }

    @Test
    void aPageMustDeclareItsOwnLanguage() {
        library.replace(PAGE + "fr.html", "<html lang=\"fr\">", "<html lang=\"en\">");

        assertThat(library.problems())
                .containsExactly(
                        new ContentProblem(PAGE + "fr.html", 2, "<html lang>", "must be lang=\"fr\" (found \"en\")"));
    }

    @Test
    void termsAreNotGoPhishTemplatesAndMayNotUseItsVariables() {
        library.replace(FAIR_TERMS + "es.html", "<h1>", "<h1>{{.FirstName}}, ");

        assertThat(library.problems())
                .containsExactly(
                        new ContentProblem(
                                FAIR_TERMS + "es.html",
                                library.lineOf(FAIR_TERMS + "es.html", "{{.FirstName}}"),
                                "",
                                "template variable {{.FirstName}} is not allowed here: only emails and landing pages go through GoPhish"));
    }

    @Test
    void aClauseNoteMustPointAtAClauseEveryLanguageHas() {
        library.replace(FAIR_TERMS + "el.html", "<section id=\"c5\">", "<section id=\"c-5\">");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        FAIR_TERMS + "item.json",
                        library.lineOf(FAIR_TERMS + "item.json", "\"element:c5\""),
                        "$.clauses[3].at",
                        "there is no element:c5 in " + FAIR_TERMS + "el.html"));
    }

    @Test
    void aPostShowsTheSamePartsInEveryLanguage() {
        library.replace(GIVEAWAY, "\"callToAction\": \"Jetzt sichern\"", "\"callToActionX\": \"Jetzt sichern\"");

        assertThat(library.problems())
                .extracting(ContentProblem::path, ContentProblem::message)
                .contains(tuple(
                        "$.content.de",
                        "\"callToAction\" is missing but present in content.en: every language shows the same parts"));
    }

    @Test
    void anIllustrationOutsideThePaletteIsRefused() {
        library.sample("wrong-palette.svg", "illustrations/office-worker-laptop/image.svg");

        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("illustrations/office-worker-laptop/image.svg");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.path()).isEqualTo("<circle fill>");
            assertThat(problem.message())
                    .startsWith("colour \"#FF0000\" is not in the palette; use none or one of #0072b2,");
        });
    }

    @Test
    void anEmailThatIsNotValidMimeIsReportedWithItsLine() {
        library.sample("header-line.eml", PHISHING + "pt.eml");

        assertThat(library.problems())
                .containsExactly(
                        new ContentProblem(
                                PHISHING + "pt.eml",
                                3,
                                "",
                                "header line \"This line forgot its colon\" is not \"Name: value\"; a blank line must end the headers"));
    }

    @Test
    void anExecutableAttachmentIsRefused() {
        library.sample("executable-attachment.eml", PHISHING + "es.eml");

        assertThat(library.problems())
                .contains(new ContentProblem(
                        PHISHING + "es.eml",
                        13,
                        "attachment invoice.pdf.exe",
                        "type application/x-msdownload is not allowed: attachments may only be image/gif, image/jpeg, image/png, "
                                + "text/plain, so that nothing shipped can run"));
    }
}
