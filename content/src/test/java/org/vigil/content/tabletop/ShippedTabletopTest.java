package org.vigil.content.tabletop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.Language;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.training.Difficulty;

class ShippedTabletopTest {

    private final ShippedTabletop shipped = new ShippedTabletop(new ScenarioReader());

    @Test
    void theShippedExerciseReadsWithoutProblemsInEveryLanguage() {
        TabletopReadResult result = shipped.read();

        assertThat(result.problems()).isEmpty();
        TabletopContent content = result.content().orElseThrow();
        assertThat(content.texts()).containsOnlyKeys(EnumSet.allOf(Language.class));
        assertThat(content.scenario().id()).isEqualTo("bank-payments");
        for (Language language : Language.values()) {
            assertThat(content.texts(language).texts())
                    .hasSameSizeAs(content.texts(Language.EN).texts());
        }
    }

    @Test
    void eachLanguageLoadsOnItsOwn() {
        for (Language language : Language.values()) {
            TabletopContent content = shipped.load(Set.of(language));

            assertThat(content.texts(language).text(TabletopTexts.stageTitle("ransom-note")))
                    .startsWith("T+0")
                    .doesNotStartWith("[");
        }
        assertThat(shipped.load(Set.of(Language.PL))
                        .texts(Language.PL)
                        .text(TabletopTexts.cueName("no-ransom-payment")))
                .isEqualTo("Nie płać okupu");
    }

    @Test
    void harderLevelsPlayMoreStagesAndEachHasALegitimateOne() {
        TabletopExercise exercise = shipped.load(Set.of(Language.EN)).exercise();

        assertThat(exercise.stagesAt(Difficulty.EASY)).hasSize(4);
        assertThat(exercise.stagesAt(Difficulty.MEDIUM)).hasSize(7);
        assertThat(exercise.stagesAt(Difficulty.HARD)).hasSize(8);
        for (Difficulty difficulty : Difficulty.values()) {
            assertThat(exercise.stagesAt(difficulty)).anyMatch(stage -> !stage.malicious());
        }
        assertThat(exercise.stage("ransom-note").optionsAt(Difficulty.EASY)).hasSize(3);
        assertThat(exercise.stage("ransom-note").optionsAt(Difficulty.HARD)).hasSize(4);
    }

    @Test
    void eachLevelTeachesTheCuesOfItsStages() {
        TabletopExercise exercise = shipped.load(Set.of(Language.EN)).exercise();

        assertThat(exercise.cuesTaught(Difficulty.EASY))
                .containsExactly(
                        "isolate-before-restore",
                        "preserve-evidence",
                        "check-change-calendar",
                        "no-ransom-payment",
                        "verify-backups-offline");
        assertThat(exercise.cuesTaught(Difficulty.HARD))
                .contains("out-of-band-verification", "notify-regulator-in-time", "inform-merchants-early");
        assertThat(exercise.cuesTaught(Difficulty.MEDIUM)).doesNotContain("out-of-band-verification");
    }
}
