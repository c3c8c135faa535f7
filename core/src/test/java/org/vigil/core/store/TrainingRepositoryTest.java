package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.core.store.WorkspaceFixtures.IMPORTED;
import static org.vigil.core.store.WorkspaceFixtures.tables;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;
import static org.vigil.core.training.TestPlays.day;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.TestScenario;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TestPlays;
import org.vigil.core.training.TrainingModule;

/** Training results in the workspace: saved whole, read back equal, per participant over time. */
class TrainingRepositoryTest {

    @TempDir
    Path folder;

    private static PlayResult mondayRound(String participant) {
        return TestPlays.by(participant)
                .at(day(0))
                .language("de")
                .caught(
                        "parcel-redelivery-fee",
                        List.of("DOMAIN_SPOOFING", "SENSE_OF_URGENCY"),
                        List.of("URL_HYPERLINKING"))
                .trusted("parcel-delivery-notice")
                .reported("supplier-monthly-invoice")
                .letThrough("boss-gift-card-request", List.of("POSES_AS_KNOWN_PERSON_OR_AUTHORITY", "SENSE_OF_URGENCY"))
                .play();
    }

    @Test
    void aSavedPlayIsReadBackEqualAfterReopening() throws Exception {
        // given a round with a catch, a false positive and a miss, saved
        PlayResult saved = mondayRound("TEAM-B-07");
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            workspace.training().save(saved);
        }

        // when the workspace is opened again
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            List<PlayResult> plays = workspace.training().plays("TEAM-B-07");

            // then the play is all there, to the nanosecond, with its cues in order
            assertThat(plays).containsExactly(saved);
            PlayResult read = plays.get(0);
            assertThat(read.falsePositives()).isEqualTo(1);
            assertThat(read.misses()).isEqualTo(1);
            assertThat(read.cuesMissed())
                    .containsExactly("URL_HYPERLINKING", "POSES_AS_KNOWN_PERSON_OR_AUTHORITY", "SENSE_OF_URGENCY");
        }
    }

    @Test
    void aParticipantsPlaysComeInTheOrderTheyFinished() throws Exception {
        // given three plays saved out of order, and someone else's
        PlayResult wednesday = TestPlays.by("TEAM-B-07")
                .at(day(2))
                .trusted("warehouse-shift-rota")
                .play();
        PlayResult monday = mondayRound("TEAM-B-07");
        PlayResult friday = TestPlays.by("TEAM-B-07")
                .at(day(4))
                .difficulty(Difficulty.MEDIUM)
                .caught("it-password-expiry-intranet", List.of("REQUESTS_SENSITIVE_INFORMATION"), List.of())
                .play();
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            workspace.training().save(wednesday);
            workspace.training().save(friday);
            workspace.training().save(mondayRound("ANA-3"));
            workspace.training().save(monday);

            // when
            List<PlayResult> plays = workspace.training().plays("TEAM-B-07");

            // then
            assertThat(plays).containsExactly(monday, wednesday, friday);
            assertThat(workspace.training().plays("NOBODY-1")).isEmpty();
        }
    }

    @Test
    void theParticipantsKnownAreListedOnceEachInAlphabeticalOrder() throws Exception {
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            // given
            assertThat(workspace.training().participants()).isEmpty();
            workspace.training().save(mondayRound("TEAM-B-07"));
            workspace.training().save(mondayRound("ANA-3"));
            workspace.training().save(mondayRound("TEAM-B-07"));

            // when / then
            assertThat(workspace.training().participants()).containsExactly("ANA-3", "TEAM-B-07");
        }
    }

    @Test
    void aPlayWithAnInvalidParticipantCodeIsRefusedWithTheReasonAndNothingIsSaved() throws Exception {
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            // when a name is given instead of a code, or a code too short
            assertThatThrownBy(() -> workspace.training().save(mondayRound("Maria Silva")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("only letters, digits and dashes");
            assertThatThrownBy(() -> workspace.training().save(mondayRound("AB")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3 to 32 characters");

            // then
            assertThat(workspace.training().participants()).isEmpty();
        }
    }

    @Test
    void aPlayWithoutAValidLanguageTagIsRefused() throws Exception {
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            // given
            PlayResult play = TestPlays.by("TEAM-B-07")
                    .language("english; drop")
                    .trusted("warehouse-shift-rota")
                    .play();

            // when / then
            assertThatThrownBy(() -> workspace.training().save(play))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a language tag");
            assertThat(workspace.training().participants()).isEmpty();
        }
    }

    @Test
    void readingWithAnInvalidCodeSaysWhy() throws Exception {
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            assertThatThrownBy(() -> workspace.training().plays(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a participant code is needed");
        }
    }

    @Test
    void aVersionSevenWorkspaceGainsTheTrainingTablesAndKeepsItsData() throws Exception {
        // given a workspace at schema version 7 holding a scenario
        var scenario = TestScenario.small().toScenario();
        try (Workspace v7 = Workspace.open(
                workspaceFile(folder), WorkspaceSchema.migrations().subList(0, 7))) {
            v7.scenarios().save(scenario, IMPORTED);
        }
        assertThat(tables(workspaceFile(folder))).doesNotContain("training_play");

        // when this build opens it
        try (Workspace current = Workspace.open(workspaceFile(folder))) {
            // then results can be saved and the scenario is still there
            current.training().save(mondayRound("TEAM-B-07"));
            assertThat(current.training().plays("TEAM-B-07")).hasSize(1);
            assertThat(current.scenarios().find(scenario.id())).contains(scenario);
        }
        assertThat(tables(workspaceFile(folder))).contains("training_play", "training_item", "training_cue");
    }

    @Test
    void aPlayOfAnotherModuleReadsBackAsThatModule() throws Exception {
        try (Workspace workspace = Workspace.open(workspaceFile(folder))) {
            // given
            PlayResult play = TestPlays.by("TEAM-B-07")
                    .module(TrainingModule.FAKE_SHOP_DETECTIVE)
                    .trusted("shop-order-confirmation")
                    .play();

            // when
            workspace.training().save(play);

            // then
            assertThat(workspace.training().plays("TEAM-B-07")).containsExactly(play);
        }
    }
}
