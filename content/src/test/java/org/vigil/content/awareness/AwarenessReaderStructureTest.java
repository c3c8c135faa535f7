package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content writer who gets the structure of a file wrong is told the file, the line, the JSON
 * path and what to fix: one test per check, each breaking one thing in a copy of the seed items.
 */
class AwarenessReaderStructureTest {

    private static final String PHISHING = "emails/parcel-redelivery-fee/";
    private static final String PHISHING_JSON = PHISHING + "item.json";
    private static final String LEGITIMATE_JSON = "emails/parcel-delivery-notice/item.json";
    private static final String LESSON_JSON = "lessons/sme-parcel-and-payment-lures/item.json";

    @TempDir
    Path folder;

    private LibraryFixture library;

    @BeforeEach
    void copyTheSeedItems() {
        library = LibraryFixture.copyOfSeed(folder);
    }

    @Test
    void anUntouchedCopyHasNoProblems() {
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void aJsonSyntaxErrorNamesItsLine() {
        library.replace(PHISHING_JSON, "\"verdict\": \"PHISHING\",", "\"verdict\": \"PHISHING\"");

        ContentProblem problem = only(library.problems());

        assertThat(problem.file()).isEqualTo(PHISHING_JSON);
        assertThat(problem.line()).isEqualTo(library.lineOf(PHISHING_JSON, "\"channel\""));
        assertThat(problem.path()).isEqualTo("$");
        assertThat(problem.message()).startsWith("not valid JSON: Unexpected character ('\"'");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        library.replace(PHISHING_JSON, "  \"channel\": \"EMAIL\",\n", "");

        assertThat(library.problems())
                .containsExactly(
                        new ContentProblem(PHISHING_JSON, 1, "$.channel", "missing required field \"channel\""));
    }

    @Test
    void aCueOutsideThePhishScaleVocabularyIsRefused() {
        library.replace(PHISHING_JSON, "\"cue\": \"SENSE_OF_URGENCY\"", "\"cue\": \"URGENCY\"");

        ContentProblem problem = only(library.problems());

        assertThat(problem.path()).isEqualTo("$.redFlags[2].cue");
        assertThat(problem.line()).isEqualTo(library.lineOf(PHISHING_JSON, "\"URGENCY\""));
        assertThat(problem.message())
                .startsWith("unknown value \"URGENCY\"; expected one of SPELLING_AND_GRAMMAR, INCONSISTENCY,")
                .contains("SENSE_OF_URGENCY");
    }

    @Test
    void aMisspeltFieldIsReportedRatherThanIgnored() {
        library.replace(PHISHING_JSON, "\"landingPage\":", "\"landingPages\":");

        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.landingPages");
            assertThat(problem.message()).startsWith("unknown field \"landingPages\"; known fields: ");
        });
    }

    @Test
    void aTextMissingOneLanguageNamesTheLanguage() {
        library.replace(PHISHING_JSON, "    \"el\": \"Τέλος επαναποστολής δέματος\",\n", "");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        PHISHING_JSON,
                        library.lineOf(PHISHING_JSON, "\"title\""),
                        "$.title",
                        "missing language \"el\""));
    }

    @Test
    void anUnknownLanguageKeyIsRefused() {
        library.replace(
                PHISHING_JSON, "\"el\": \"Τέλος επαναποστολής δέματος\"", "\"gr\": \"Τέλος επαναποστολής δέματος\"");

        assertThat(library.problems())
                .extracting(ContentProblem::path, ContentProblem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "$.title.gr", "unknown language \"gr\"; expected en, pt, es, it, el, de, fr, ro, pl"),
                        org.assertj.core.groups.Tuple.tuple("$.title", "missing language \"el\""));
    }

    @Test
    void aMissingLanguageFileIsNamed() {
        library.delete(PHISHING + "el.eml");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        PHISHING + "el.eml",
                        0,
                        "",
                        "missing: every email needs all nine languages (en, pt, es, it, el, de, fr, ro, pl)"));
    }

    @Test
    void aSlideMayOnlyShowAnIllustrationTheLibraryHas() {
        library.replace(
                LESSON_JSON, "\"illustration\": \"office-worker-laptop\"", "\"illustration\": \"no-such-picture\"");

        List<ContentProblem> problems = library.problems();

        assertThat(problems).hasSize(2).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(LESSON_JSON);
            assertThat(problem.message())
                    .isEqualTo("no illustration \"no-such-picture\": it must be listed in illustrations/index.txt");
        });
        assertThat(problems)
                .extracting(ContentProblem::path)
                .containsExactly("$.slides[0].illustration", "$.slides[4].illustration");
    }

    @Test
    void anExampleMustNameAnItemOfTheLibrary() {
        library.replace(LESSON_JSON, "\"example\": \"pages/parcel-fee-payment\"", "\"example\": \"pages/parcel-fee\"");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        LESSON_JSON,
                        library.lineOf(LESSON_JSON, "\"pages/parcel-fee\""),
                        "$.slides[2].example",
                        "no landing page \"parcel-fee\": it must be listed in pages/index.txt"));
    }

    @Test
    void anIdMustMatchItsFolder() {
        library.replace(PHISHING_JSON, "\"id\": \"parcel-redelivery-fee\"", "\"id\": \"parcel-fee\"");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        PHISHING_JSON,
                        3,
                        "$.id",
                        "id \"parcel-fee\" does not match its folder \"parcel-redelivery-fee\""));
    }

    @Test
    void anIndexLineWithoutItsItemIsReported() {
        library.replace("emails/index.txt", "parcel-delivery-notice\n", "parcel-delivery-notice\nparcel-ghost\n");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        "emails/parcel-ghost/item.json",
                        0,
                        "",
                        "missing: \"parcel-ghost\" is listed in emails/index.txt"));
    }

    @Test
    void anItemListedTwiceIsReportedAtTheSecondLine() {
        library.replace(
                "emails/index.txt", "parcel-delivery-notice\n", "parcel-delivery-notice\nparcel-delivery-notice\n");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        "emails/index.txt",
                        library.lineOf("emails/index.txt", "parcel-delivery-notice") + 1,
                        "",
                        "\"parcel-delivery-notice\" is listed twice"));
    }

    @Test
    void aFileNoIndexReachesIsReported() {
        library.write("emails/forgotten-draft/item.json", "{}");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        "emails/forgotten-draft/item.json",
                        0,
                        "",
                        "is not part of any item: list the item in its folder's index.txt, or remove the file"));
    }

    @Test
    void aStrayFileInAnItemFolderIsReported() {
        library.write(PHISHING + "en.html", "<p>draft</p>");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        PHISHING + "en.html",
                        0,
                        "",
                        "is not a file of this item's format (see docs/content-format.md); remove or rename it"));
    }

    @Test
    void phishingNeedsRedFlags() {
        String json = library.read(PHISHING_JSON);
        library.write(PHISHING_JSON, json.substring(0, json.indexOf(",\n  \"redFlags\"")) + "\n}\n");

        assertThat(library.problems())
                .containsExactly(
                        new ContentProblem(PHISHING_JSON, 1, "$.redFlags", "missing required field \"redFlags\""));
    }

    @Test
    void onlyPhishingHasAPremiseAlignment() {
        library.replace(
                LEGITIMATE_JSON,
                "\"verdict\": \"LEGITIMATE\",",
                "\"verdict\": \"LEGITIMATE\",\n  \"premiseAlignment\": \"HIGH\",");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        LEGITIMATE_JSON,
                        library.lineOf(LEGITIMATE_JSON, "\"premiseAlignment\""),
                        "$.premiseAlignment",
                        "only phishing items have a premise alignment"));
    }

    @Test
    void aChannelMustSuitTheItemType() {
        library.replace(PHISHING_JSON, "\"channel\": \"EMAIL\"", "\"channel\": \"SMS\"");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        PHISHING_JSON,
                        library.lineOf(PHISHING_JSON, "\"SMS\""),
                        "$.channel",
                        "SMS is not allowed for this item type; expected one of EMAIL"));
    }

    @Test
    void aLookAlikePairNeedsOppositeVerdicts() {
        String terms = "terms/parcel-locker-terms/item.json";
        library.replace(terms, "\"pairedWith\": \"bargain-shop-terms\"", "\"pairedWith\": \"parcel-locker-terms\"");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        terms,
                        library.lineOf(terms, "\"pairedWith\""),
                        "$.pairedWith",
                        "a look-alike pair needs opposite verdicts, but \"parcel-locker-terms\" is FAIR too"));
    }

    @Test
    void aQuizQuestionHasExactlyOneCorrectOption() {
        library.replace(LESSON_JSON, "\"id\": \"a\",", "\"id\": \"a\",\n              \"correct\": true,");

        List<ContentProblem> problems = library.problems();

        assertThat(problems)
                .hasSize(3)
                .allSatisfy(problem ->
                        assertThat(problem.message()).isEqualTo("exactly one option must be \"correct\": true, not 2"));
        assertThat(problems)
                .extracting(ContentProblem::path)
                .containsExactly("$.quiz[0].options", "$.quiz[1].options", "$.quiz[2].options");
    }

    @Test
    void abusiveTermsMustShowAnAbusiveClause() {
        String terms = "terms/bargain-shop-terms/item.json";
        library.replace(terms, "\"verdict\": \"ABUSIVE\",\n      \"topic\"", "\"verdict\": \"FAIR\",\n      \"topic\"");

        assertThat(library.problems())
                .containsExactly(new ContentProblem(
                        terms,
                        library.lineOf(terms, "\"clauses\""),
                        "$.clauses",
                        "abusive terms need at least one clause noted as ABUSIVE"));
    }

    @Test
    void theReadableItemsStayAvailableWhenAnotherItemIsBroken() {
        library.replace(PHISHING_JSON, "\"verdict\": \"PHISHING\",", "\"verdict\": \"PHISHING\"");

        AwarenessReadResult result = library.read();

        assertThat(result.isValid()).isFalse();
        assertThat(result.library().emails()).extracting(EmailTemplate::id).containsExactly("parcel-delivery-notice");
        assertThat(result.library().lessons()).hasSize(1);
    }

    private static ContentProblem only(List<ContentProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
