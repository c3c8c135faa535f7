package org.vigil.game.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.ShippedTrainingGames;
import org.vigil.game.inbox.ShippedLibrary;
import org.vigil.i18n.MessageCatalog;

/** Whole Inbox Triage rounds on LibGDX's headless backend, played by keys as a player would. */
class InboxRoundHeadlessTest {

    /** The redelivery lure, then its legitimate look-alike. */
    private static final List<String> ITEMS = List.of("parcel-redelivery-fee", "parcel-delivery-notice");

    /**
     * Flag the sender (the first part, focused at the start) and report the lure as phishing; then call
     * the look-alike legitimate: 10 + 5 for the lure, 10 for the look-alike.
     */
    private static final String SCRIPT = "Space, P, N, L, N";

    private final TrainingGames games =
            new ShippedTrainingGames(ShippedLibrary.get(), new MessageCatalog(), InstantSource.system(), 1f);

    private PlayResult play(String language, List<String> narration) {
        TrainingGame game =
                games.create(GameRequest.of(TrainingModule.INBOX_TRIAGE, Difficulty.MEDIUM, language, "P-0042")
                        .withItems(ITEMS));
        game.onNarration(narration::add);
        try (HeadlessGameRunner runner = new HeadlessGameRunner(game)) {
            runner.play(SCRIPT);
            return runner.result();
        }
    }

    @Test
    void anEnglishRoundPlayedByKeysScoresTheFoundSenderAndBothRightVerdicts() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("en", narration);

        // then
        assertThat(result.score()).isEqualTo(25);
        assertThat(result.maxScore()).isEqualTo(10 + 6 * 5 + 10);
        assertThat(result.module()).isEqualTo(TrainingModule.INBOX_TRIAGE);
        assertThat(result.languageTag()).isEqualTo("en");
        assertThat(result.items()).extracting(ItemOutcome::itemId).containsExactlyElementsOf(ITEMS);
        assertThat(result.items().get(0).cuesFound()).containsExactly("DOMAIN_SPOOFING");
        assertThat(result.items().get(0).cuesMissed()).hasSize(5).contains("URL_HYPERLINKING");
        assertThat(result.falsePositives()).isZero();
        assertThat(result.misses()).isZero();
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Right: this email is phishing."));
        assertThat(narration).anySatisfy(line -> assertThat(line).contains("Found - Look-alike domain"));
    }

    @Test
    void aGermanRoundScoresTheSameAndNarratesInGerman() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("de", narration);

        // then
        assertThat(result.score()).isEqualTo(25);
        assertThat(result.languageTag()).isEqualTo("de");
        assertThat(narration).first().asString().startsWith("E-Mail 1 von 2");
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Richtig: Diese E-Mail ist Phishing."));
        assertThat(narration).last().asString().startsWith("Runde beendet");
    }
}
