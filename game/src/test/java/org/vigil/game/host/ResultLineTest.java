package org.vigil.game.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

class ResultLineTest {

    private final ResultLine lines = new ResultLine();

    @Test
    void aPlaySurvivesTheResultLineWhole() {
        // given
        PlayResult play = new PlayResult(
                "P-0042",
                TrainingModule.INBOX_TRIAGE,
                Difficulty.HARD,
                "ro",
                Instant.parse("2025-03-04T09:00:00Z"),
                Instant.parse("2025-03-04T09:03:00.250Z"),
                15,
                40,
                List.of(new ItemOutcome(
                        "boss-gift-card-request",
                        true,
                        true,
                        Duration.ofMillis(12_345),
                        List.of("SENSE_OF_URGENCY"),
                        List.of("DOMAIN_SPOOFING", "GENERIC_GREETING"))));

        // when
        String line = lines.format(play);

        // then
        assertThat(line).startsWith(ResultLine.RESULT_PREFIX).doesNotContain("\n");
        assertThat(lines.parseResult(line)).contains(play);
    }

    @Test
    void narrationWithLineBreaksStaysOneLineAndOtherLinesAreIgnored() {
        // when
        String line = lines.narration("Σωστά: phishing.\nNext – ș ł €");

        // then
        assertThat(line).doesNotContain("\n");
        assertThat(lines.parseNarration(line)).contains("Σωστά: phishing.\nNext – ș ł €");
        assertThat(lines.parseResult("INFO some library log")).isEmpty();
    }
}
