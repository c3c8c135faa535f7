package org.vigil.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.HeadlessGameRunner;
import org.vigil.game.host.TrainingGame;
import org.vigil.game.inbox.ShippedLibrary;
import org.vigil.i18n.MessageCatalog;

/** Every training module the issue asks for ships playable, in any of Vigil's languages. */
class ShippedTrainingGamesTest {

    private final ShippedTrainingGames games =
            new ShippedTrainingGames(ShippedLibrary.get(), new MessageCatalog(), InstantSource.system(), 1f);

    @ParameterizedTest
    @EnumSource(TrainingModule.class)
    void everyModuleStartsARoundThatNarratesItsFirstItem(TrainingModule module) {
        // given
        GameRequest request = games.dealt(
                GameRequest.of(module, Difficulty.MEDIUM, "ro", "P-0042").withSeed(5));
        List<String> narrated = new CopyOnWriteArrayList<>();

        // when
        TrainingGame game = games.create(request);
        game.onNarration(narrated::add);
        try (HeadlessGameRunner runner = new HeadlessGameRunner(game)) {
            runner.call(() -> null); // once the game is made
        }

        // then
        assertThat(ShippedTrainingGames.PLAYABLE).contains(module);
        assertThat(narrated).isNotEmpty();
        assertThat(game.result()).isNotDone();
    }

    @Test
    void theModulesWithContentOfTheirOwnSayWhatTheyTeachAtEveryLevel() {
        assertThat(games.cuesTaughtByOwnContent())
                .containsOnlyKeys(
                        TrainingModule.ROUTE_GUARD,
                        TrainingModule.RANSOMWARE_TABLETOP,
                        TrainingModule.SOCIAL_ENGINEERING_CALL)
                .allSatisfy((module, byDifficulty) -> {
                    assertThat(byDifficulty).as(module.id()).containsKeys(Difficulty.values());
                    byDifficulty
                            .values()
                            .forEach(cues -> assertThat(cues).as(module.id()).isNotEmpty());
                });
    }
}
