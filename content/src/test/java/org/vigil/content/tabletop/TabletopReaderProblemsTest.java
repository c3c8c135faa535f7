package org.vigil.content.tabletop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.Language;
import org.vigil.core.scenario.ScenarioReader;

/** Broken copies of the shipped exercise give every problem at once, each with file, path and reason. */
class TabletopReaderProblemsTest {

    @TempDir
    Path folder;

    private final ShippedTabletop shipped = new ShippedTabletop(new ScenarioReader());

    private String shippedText(String path) {
        return new String(ShippedTabletop.source().read(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    private TabletopReadResult readWith(String exercise, String englishTexts) throws IOException {
        Files.writeString(folder.resolve(ShippedTabletop.EXERCISE), exercise);
        Files.createDirectories(folder.resolve("texts"));
        Files.writeString(folder.resolve("texts/en.json"), englishTexts);
        return shipped.reader().read(ContentSource.directory(folder), ShippedTabletop.EXERCISE, Set.of(Language.EN));
    }

    @Test
    void unknownAssetsTwoRecommendationsAndAnEarlyMitigationAreAllReported() throws IOException {
        // given the shipped exercise with a misspelt asset, a second recommended option and a restore
        // planned before its stage
        String exercise = shippedText(ShippedTabletop.EXERCISE)
                .replace(
                        "{\"asset\": \"hsm-gateway\", \"state\": \"COMPROMISED\", \"minute\": 100}",
                        "{\"asset\": \"hsm-gatewey\", \"state\": \"COMPROMISED\", \"minute\": 100}")
                .replace("\"id\": \"unplug-one-pc\",", "\"id\": \"unplug-one-pc\", \"recommended\": true,")
                .replace(
                        "{\"type\": \"RESTORE\", \"asset\": \"bo-ws-0412\", \"minute\": 40}",
                        "{\"type\": \"RESTORE\", \"asset\": \"bo-ws-0412\", \"minute\": -5}");

        // when
        TabletopReadResult result = readWith(exercise, shippedText("texts/en.json"));

        // then
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .extracting(ContentProblem::file, ContentProblem::path)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("bank-ransomware.json", "$.attack[5].asset"),
                        org.assertj.core.groups.Tuple.tuple("bank-ransomware.json", "$.stages[0].options"),
                        org.assertj.core.groups.Tuple.tuple(
                                "bank-ransomware.json", "$.stages[0].options[2].mitigations[0].minute"));
        assertThat(result.problems())
                .anySatisfy(
                        p -> assertThat(p.toString())
                                .isEqualTo(
                                        "bank-ransomware.json: $.attack[5].asset: no asset \"hsm-gatewey\" in scenario bank-payments"))
                .anySatisfy(p -> assertThat(p.message()).isEqualTo("exactly one option must be recommended, found 2"))
                .anySatisfy(p -> assertThat(p.message()).startsWith("expected a number from 0 to"));
    }

    @Test
    void aMissingTextAndAnUnknownOneAreReportedWithTheirKeys() throws IOException {
        String texts = shippedText("texts/en.json")
                .replace("\"cue.preserve-evidence.name\"", "\"cue.preserve-evidance.name\"");

        TabletopReadResult result = readWith(shippedText(ShippedTabletop.EXERCISE), texts);

        assertThat(result.problems())
                .extracting(ContentProblem::toString)
                .containsExactlyInAnyOrder(
                        "texts/en.json: $.cue.preserve-evidance.name: unknown text key \"cue.preserve-evidance.name\": no stage, option or cue uses it",
                        "texts/en.json: $.cue.preserve-evidence.name: missing text \"cue.preserve-evidence.name\"");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws IOException {
        TabletopReadResult result = readWith("{\n  \"formatVersion\": 1,\n  \"id\": \n}", "{}");

        assertThat(result.content()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bank-ransomware.json");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void anUnknownMitigationTypeAndFieldAreNamed() throws IOException {
        String exercise = shippedText(ShippedTabletop.EXERCISE)
                .replace(
                        "{\"type\": \"ISOLATE\", \"asset\": \"hsm-gateway\", \"minute\": 85}",
                        "{\"type\": \"UNPLUG\", \"asset\": \"hsm-gateway\", \"minute\": 85, \"when\": 3}");

        TabletopReadResult result = readWith(exercise, shippedText("texts/en.json"));

        assertThat(result.problems())
                .extracting(ContentProblem::path, ContentProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "$.stages[3].options[0].mitigations[0].type",
                                "unknown value \"UNPLUG\"; expected one of ISOLATE, RESTORE, MANUAL_FALLBACK, REDUNDANT_SUPPLIER"),
                        org.assertj.core.groups.Tuple.tuple(
                                "$.stages[3].options[0].mitigations[0].when",
                                "unknown field \"when\"; known fields: alternative, asset, minute, requiresIntact, residual, supplier, type"));
    }
}
