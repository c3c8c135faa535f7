package org.vigil.visual.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ClauseTopic;
import org.vigil.content.awareness.Cue;
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
    void fakeShopDetectiveTeachesThePagesAndPostsCuesAndTheAbusiveClausesTopics() {
        // when
        ModuleCoverage coverage = AwarenessCoverage.of(library, Set.of(TrainingModule.FAKE_SHOP_DETECTIVE));

        // then red flags of malicious pages and posts, and the topics of abusive terms at MEDIUM
        assertThat(coverage.modules()).containsExactly(TrainingModule.FAKE_SHOP_DETECTIVE);
        assertThat(coverage.cues(TrainingModule.FAKE_SHOP_DETECTIVE, Difficulty.MEDIUM))
                .isNotEmpty()
                .anyMatch(cue -> Arrays.stream(ClauseTopic.values())
                        .anyMatch(t -> t.name().equals(cue)))
                .anyMatch(cue ->
                        Arrays.stream(Cue.values()).anyMatch(c -> c.name().equals(cue)));
        assertThat(coverage.cues(TrainingModule.INBOX_TRIAGE, Difficulty.MEDIUM))
                .isEmpty();
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
