package org.vigil.game.tabletop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.content.tabletop.TabletopStage;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.i18n.MessageCatalog;

class RansomwareTabletopGamesTest {

    private final RansomwareTabletopGames games =
            RansomwareTabletopGames.shipped(new MessageCatalog(), InstantSource.system(), 1f);

    @Test
    void eachDifficultyTeachesTheCuesOfItsStages() {
        var taught = games.cuesTaught();

        assertThat(taught.get(Difficulty.EASY))
                .containsExactlyInAnyOrder(
                        "isolate-before-restore",
                        "preserve-evidence",
                        "check-change-calendar",
                        "no-ransom-payment",
                        "verify-backups-offline");
        assertThat(taught.get(Difficulty.MEDIUM))
                .contains("inform-merchants-early", "keep-critical-services-running", "notify-regulator-in-time")
                .doesNotContain("out-of-band-verification");
        assertThat(taught.get(Difficulty.HARD))
                .contains("out-of-band-verification")
                .hasSize(9);
    }

    @Test
    void namedItemsPlayThoseStagesInThatOrder() {
        RansomwareTabletopGame game = (RansomwareTabletopGame)
                games.create(GameRequest.of(TrainingModule.RANSOMWARE_TABLETOP, Difficulty.MEDIUM, "de", "P-7")
                        .withItems(List.of("regulator", "ransom-note")));

        TabletopRound round = game.round();

        assertThat(List.of(round.stage(0), round.stage(1)))
                .extracting(TabletopStage::id)
                .containsExactly("regulator", "ransom-note");
    }

    @Test
    void anotherModuleOrAnUnknownLanguageIsRefused() {
        assertThatThrownBy(
                        () -> games.create(GameRequest.of(TrainingModule.INBOX_TRIAGE, Difficulty.EASY, "en", "P-7")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        games.create(GameRequest.of(TrainingModule.RANSOMWARE_TABLETOP, Difficulty.EASY, "xx", "P-7")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx");
    }
}
