package org.vigil.game.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.HeadlessGameRunner;
import org.vigil.game.host.TrainingGame;
import org.vigil.i18n.MessageCatalog;

/** Whole Social Engineering Call rounds on LibGDX's headless backend, played by keys as a player would. */
class CallHeadlessTest {

    /** The fake fraud team, then the bank's genuine call about new cards. */
    private static final List<String> CALLS = List.of("bank-safe-account", "bank-card-notice");

    /**
     * Refuse to read the code (reply 3), then say you will call your branch first (reply 3): a safe end
     * with all five cues acted on, 10 + 25. Hang up on the genuine call and call back on the known number
     * (the first choice, picked with Enter): 10.
     */
    private static final String SCRIPT = "3, 3, N, H, Enter, N";

    private final SocialEngineeringCallGames games =
            new SocialEngineeringCallGames(new MessageCatalog(), InstantSource.system(), 1f);

    private PlayResult play(String language, List<String> narration) {
        TrainingGame game = games.create(
                GameRequest.of(TrainingModule.SOCIAL_ENGINEERING_CALL, Difficulty.MEDIUM, language, "P-0042")
                        .withItems(CALLS));
        game.onNarration(narration::add);
        try (HeadlessGameRunner runner = new HeadlessGameRunner(game)) {
            runner.play(SCRIPT);
            return runner.result();
        }
    }

    @Test
    void anEnglishRoundPlayedByKeysScoresBothSafeEndsAndEveryCue() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("en", narration);

        // then
        assertThat(result.score()).isEqualTo(45);
        assertThat(result.maxScore()).isEqualTo(10 + 5 * 5 + 10);
        assertThat(result.module()).isEqualTo(TrainingModule.SOCIAL_ENGINEERING_CALL);
        assertThat(result.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(result.participant()).isEqualTo("P-0042");
        assertThat(result.items()).extracting(ItemOutcome::itemId).containsExactlyElementsOf(CALLS);
        assertThat(result.items()).allMatch(ItemOutcome::correct);
        assertThat(result.items().get(0).cuesFound())
                .containsExactlyInAnyOrder(
                        "caller-id-spoofable",
                        "authority-claim",
                        "asks-one-time-code",
                        "safe-account-transfer",
                        "urgency-pressure");
        assertThat(result.items().get(0).cuesMissed()).isEmpty();
        assertThat(result.falsePositives()).isZero();
        assertThat(result.misses()).isZero();
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Safe: this caller was an impostor"));
        assertThat(narration).anySatisfy(line -> assertThat(line).contains("Acted on - The number shown can be faked"));
        assertThat(narration).anySatisfy(line -> assertThat(line).contains("You hung up. What do you do now?"));
        assertThat(narration).last().asString().startsWith("Round over");
    }

    @Test
    void aPolishRoundScoresTheSameAndNarratesInPolish() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("pl", narration);

        // then
        assertThat(result.score()).isEqualTo(45);
        assertThat(result.languageTag()).isEqualTo("pl");
        assertThat(result.items()).allMatch(ItemOutcome::correct);
        assertThat(narration).first().asString().contains("Połączenie 1 z 2");
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Bezpiecznie: dzwonił oszust"));
        assertThat(narration).last().asString().startsWith("Koniec rundy");
    }
}
