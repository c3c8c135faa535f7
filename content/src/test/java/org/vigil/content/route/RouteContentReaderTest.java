package org.vigil.content.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.Language;
import org.vigil.core.training.Difficulty;

/** Route Guard's shipped content loads in every language, and broken content is reported all at once. */
class RouteContentReaderTest {

    private static final List<String> FILES = List.of(
            "mitigations.json",
            "rounds/index.txt",
            "rounds/leaked-route-ambush.json",
            "rounds/cold-box-swap-at-dock.json",
            "rounds/announced-roadworks-diversion.json",
            "rounds/driver-unplanned-stop.json",
            "rounds/tracker-battery-replacement.json",
            "rounds/armoured-van-tracker-removed.json");

    private final RouteContentReader reader = new RouteContentReader();

    @TempDir
    Path folder;

    @Test
    void theShippedContentLoadsWithoutProblems() {
        // when
        RouteReadResult result = reader.read(RouteContentReader.shipped());

        // then
        assertThat(result.problems()).isEmpty();
        RouteLibrary library = result.orThrow();
        assertThat(library.mitigations()).hasSize(7);
        assertThat(library.rounds()).filteredOn(DeliveryRound::malicious).hasSize(4);
        assertThat(library.rounds()).filteredOn(r -> !r.malicious()).hasSize(2);
    }

    @Test
    void everyTextOfTheShippedContentIsWrittenInEveryLanguage() {
        // given
        RouteLibrary library = reader.read(RouteContentReader.shipped()).orThrow();

        // when
        List<Language> missing = library.rounds().stream()
                .flatMap(r -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(r.title(), r.briefing(), r.debrief()),
                        r.cues().stream().flatMap(c -> java.util.stream.Stream.of(c.signal(), c.explanation()))))
                .flatMap(text -> java.util.Arrays.stream(Language.values())
                        .filter(l -> !text.languages().contains(l)))
                .toList();

        // then
        assertThat(missing).isEmpty();
        for (Language language : Language.values()) {
            assertThat(library.round("leaked-route-ambush").title().in(language))
                    .isNotBlank();
            assertThat(library.mitigation("route-rotation").name().in(language)).isNotBlank();
        }
        assertThat(library.mitigation("tamper-seals").name().in(Language.PL)).isEqualTo("Numerowane plomby");
        assertThat(library.round("driver-unplanned-stop").steps().get(1).label().in(Language.EL))
                .isEqualTo("Απρογραμμάτιστη στάση");
    }

    @Test
    void everyDifficultyDealsTwoMaliciousRoundsAndABenignOne() {
        // given
        RouteLibrary library = reader.read(RouteContentReader.shipped()).orThrow();

        for (Difficulty difficulty : Difficulty.values()) {
            // when
            List<DeliveryRound> rounds = library.roundsAt(difficulty);

            // then
            assertThat(rounds)
                    .as("%s", difficulty)
                    .filteredOn(DeliveryRound::malicious)
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(rounds)
                    .as("%s", difficulty)
                    .filteredOn(r -> !r.malicious())
                    .isNotEmpty();
        }
        assertThat(library.cuesTaught().get(Difficulty.EASY))
                .contains("route-shared-outside-need-to-know", "single-person-handover", "announced-diversion");
        assertThat(library.cuesTaught().get(Difficulty.HARD)).contains("tracker-offline-in-stop", "seal-broken");
    }

    @Test
    void anUntouchedCopyReadsWithoutProblems() {
        // given
        ContentSource copy = copyOfShipped();

        // when
        RouteReadResult result = reader.read(copy);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.library()).isPresent();
    }

    @Test
    void brokenContentIsReportedWithFileJsonPathAndReasonAllAtOnce() {
        // given
        ContentSource copy = copyOfShipped();
        String round = "rounds/leaked-route-ambush.json";
        replace(round, "\"blockedBy\": [\n        \"need-to-know\"", "\"blockedBy\": [\n        \"armed-guard\"");
        replace(round, "\"pl\": \"Wyciek trasy\"", "\"pl-PL\": \"Wyciek trasy\"");
        replace(round, "[\n      \"ferreira-borges\",\n      \"campo-de-ourique\"\n    ],\n", "");
        replace("mitigations.json", "\"cost\": 2", "\"cost\": 0");

        // when
        RouteReadResult result = reader.read(copy);

        // then
        assertThat(result.library()).isEmpty();
        assertThat(result.problems())
                .extracting(ContentProblem::file, ContentProblem::path, ContentProblem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "mitigations.json", "$.mitigations[3].cost", "expected a whole number from 1 to 5"),
                        org.assertj.core.groups.Tuple.tuple(
                                round, "$.steps[0].blockedBy[0]", "unknown mitigation \"armed-guard\""),
                        org.assertj.core.groups.Tuple.tuple(
                                round,
                                "$.steps[0]",
                                "no mitigation blocks or detects this step: give blockedBy or detectedBy"),
                        org.assertj.core.groups.Tuple.tuple(
                                round, "$.steps[0].blocked", "no mitigation can make this happen: drop \"blocked\""),
                        org.assertj.core.groups.Tuple.tuple(
                                round, "$.steps[0].label.pl-PL", "unknown language \"pl-PL\""),
                        org.assertj.core.groups.Tuple.tuple(round, "$.steps[0].label", "missing language \"pl\""),
                        org.assertj.core.groups.Tuple.tuple(
                                round, "$.route[3]", "no road joins \"ferreira-borges\" and \"campo-de-ourique\""));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aSyntaxErrorAndAMissingRoundFileAreNamed() {
        // given
        ContentSource copy = copyOfShipped();
        replace("rounds/driver-unplanned-stop.json", "\"malicious\": true,", "\"malicious\": true");
        write("rounds/index.txt", read("rounds/index.txt") + "ghost-round\n");

        // when
        RouteReadResult result = reader.read(copy);

        // then
        assertThat(result.problems())
                .extracting(ContentProblem::file, ContentProblem::line, ContentProblem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rounds/driver-unplanned-stop.json", 5, "$"),
                        org.assertj.core.groups.Tuple.tuple("rounds/index.txt", 8, ""));
        assertThat(result.problems().get(0).message()).startsWith("not valid JSON: ");
        assertThat(result.problems().get(1).message())
                .isEqualTo("\"ghost-round\" is listed but rounds/ghost-round.json is missing");
    }

    private ContentSource copyOfShipped() {
        ContentSource shipped = RouteContentReader.shipped();
        for (String file : FILES) {
            write(file, new String(shipped.read(file).orElseThrow(), StandardCharsets.UTF_8));
        }
        return ContentSource.directory(folder);
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.createDirectories(folder.resolve(file).getParent());
            Files.writeString(folder.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("%s holds the text to break", file).contains(from);
        write(file, text.replace(from, to));
    }
}
