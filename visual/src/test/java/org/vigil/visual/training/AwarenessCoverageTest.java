package org.vigil.visual.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ModuleCoverage;
import org.vigil.core.training.TrainingModule;

/** The cues the shipped emails let Inbox Triage teach, by Phish Scale difficulty, named as the game records them. */
class AwarenessCoverageTest {

    private final AwarenessLibrary library = new ShippedAwareness(new AwarenessReader()).load();

    @Test
    void inboxTriageTeachesTheRedFlagCuesOfTheShippedEmailsAtEveryLevel() {
        // when
        ModuleCoverage coverage = AwarenessCoverage.of(library, Set.of(TrainingModule.INBOX_TRIAGE));

        // then
        assertThat(coverage.modules()).containsExactly(TrainingModule.INBOX_TRIAGE);
        for (Difficulty level : Difficulty.values()) {
            assertThat(coverage.cues(TrainingModule.INBOX_TRIAGE, level))
                    .as("cues at %s", level)
                    .isNotEmpty();
        }
        assertThat(coverage.cues(TrainingModule.INBOX_TRIAGE, Difficulty.EASY))
                .allMatch(cue -> cue.equals(cue.toUpperCase()) && !cue.contains("-"), "a NIST cue name");
    }

    @Test
    void modulesNotPlayableTeachNothing() {
        // when
        ModuleCoverage coverage = AwarenessCoverage.of(library, Set.of());

        // then
        assertThat(coverage.modules()).isEmpty();
        assertThat(coverage.cues(TrainingModule.INBOX_TRIAGE, Difficulty.EASY)).isEmpty();
    }
}
