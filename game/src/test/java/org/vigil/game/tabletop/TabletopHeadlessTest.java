package org.vigil.game.tabletop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.vigil.content.tabletop.TabletopOption;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.HeadlessGameRunner;
import org.vigil.i18n.MessageCatalog;

/** Whole easy exercises on LibGDX's headless backend, played by keys as a player would. */
class TabletopHeadlessTest {

    /** What the player does at each easy stage. */
    private static final Map<String, String> PLAN = Map.of(
            "ransom-note", "isolate-back-office", // the playbook, by arrows and Enter: 20 points
            "maintenance-alert", "cut-payvora-link", // a false alarm: 0
            "hsm-binary", "isolate-hsm", // the playbook, by its number: 15
            "ransom-deadline", "pay-ransom"); // a miss: 0

    private final RansomwareTabletopGames games =
            RansomwareTabletopGames.shipped(new MessageCatalog(), InstantSource.system(), 1f);

    /** The keys for the plan in the order the options are shown (drawn by the seed). */
    private static String script(TabletopRound round) {
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < round.size(); s++) {
            String stage = round.stage(s).id();
            int index = shownIndex(round, s, PLAN.get(stage));
            if (s == 0) {
                keys.add("Plus");
                for (int i = 0; i < index; i++) {
                    keys.add("Down");
                }
                keys.add("Enter");
            } else {
                keys.add(Integer.toString(index + 1));
            }
            keys.add("N");
        }
        return String.join(", ", keys);
    }

    private static int shownIndex(TabletopRound round, int stage, String optionId) {
        return round.shownOptions(stage).stream()
                .map(TabletopOption::id)
                .toList()
                .indexOf(optionId);
    }

    private PlayResult play(String language, List<String> narration) {
        RansomwareTabletopGame game = (RansomwareTabletopGame)
                games.create(GameRequest.of(TrainingModule.RANSOMWARE_TABLETOP, Difficulty.EASY, language, "P-0042")
                        .withSeed(11));
        String keys = script(game.round());
        game.onNarration(narration::add);
        try (HeadlessGameRunner runner = new HeadlessGameRunner(game)) {
            runner.play(keys);
            assertThat(game.textScale()).isEqualTo(1.125f);
            return runner.result();
        }
    }

    @Test
    void anEnglishExercisePlayedByKeysScoresThePlaybookAnswersAndComputesTheFalseAlarmsCost() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("en", narration);

        // then
        assertThat(result.score()).isEqualTo(20 + 15);
        assertThat(result.maxScore()).isEqualTo(70);
        assertThat(result.module()).isEqualTo(TrainingModule.RANSOMWARE_TABLETOP);
        assertThat(result.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(result.participant()).isEqualTo("P-0042");
        assertThat(result.languageTag()).isEqualTo("en");
        assertThat(result.items())
                .extracting(ItemOutcome::itemId)
                .containsExactly("ransom-note", "maintenance-alert", "hsm-binary", "ransom-deadline");
        assertThat(result.falsePositives()).isEqualTo(1);
        assertThat(result.misses()).isEqualTo(1);
        assertThat(result.cuesMissed())
                .containsExactly("check-change-calendar", "no-ransom-payment", "verify-backups-offline");
        assertThat(narration).first().asString().contains("Stage 1 of 4. T+0: a ransom note in the back office");
        assertThat(narration).first().asString().contains("Hint: Ransomware spreads");
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Option 2 of 3: "));
        assertThat(narration)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith("False alarm: this was legitimate")
                                .contains(
                                        "Computed effect of this decision: 1 service hit that was not (Brightcart online checkout)"));
        assertThat(narration)
                .anySatisfy(line -> assertThat(line)
                        .contains("4 services spared (ATM cash withdrawal, Card payment authorisation"));
        assertThat(narration).last().asString().startsWith("Exercise over\nYou scored 35 of 70 points.");
    }

    @Test
    void aPolishExerciseScoresTheSameAndNarratesInPolish() {
        List<String> narration = new CopyOnWriteArrayList<>();

        PlayResult result = play("pl", narration);

        assertThat(result.score()).isEqualTo(35);
        assertThat(result.maxScore()).isEqualTo(70);
        assertThat(result.languageTag()).isEqualTo("pl");
        assertThat(result.falsePositives()).isEqualTo(1);
        assertThat(narration).first().asString().contains("Etap 1 z 4. T+0: żądanie okupu w back office");
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Fałszywy alarm:"));
        assertThat(narration).anySatisfy(line -> assertThat(line).contains("Obliczony skutek tej decyzji: 1 usługa"));
        assertThat(narration).last().asString().startsWith("Ćwiczenie zakończone\nZdobyto 35 z 70 punktów.");
    }
}
