package org.vigil.game.fakeshop;

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
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.HeadlessGameRunner;
import org.vigil.game.host.TrainingGame;
import org.vigil.game.inbox.ShippedLibrary;
import org.vigil.i18n.MessageCatalog;

/** Whole Fake Shop Detective rounds on LibGDX's headless backend, played by keys as a player would. */
class FakeShopHeadlessTest {

    /** The fake checkout (12 signs), then a parcel locker's fair terms. */
    private static final List<String> ITEMS = List.of("shop-checkout-pin-and-id", "parcel-locker-terms");

    /**
     * Flag the address (the first part, focused at the start), look at the next part and back, make the
     * text larger, and distrust the checkout; then trust the fair terms: 10 + 5 for the checkout, 10 for
     * the terms.
     */
    private static final String SCRIPT = "Space, Tab, Up, Plus, D, N, T, N";

    private final ShippedTrainingGames games =
            new ShippedTrainingGames(ShippedLibrary.get(), new MessageCatalog(), InstantSource.system(), 1f);

    private PlayResult play(String language, List<String> narration) {
        TrainingGame game =
                games.create(GameRequest.of(TrainingModule.FAKE_SHOP_DETECTIVE, Difficulty.MEDIUM, language, "P-0042")
                        .withItems(ITEMS));
        game.onNarration(narration::add);
        try (HeadlessGameRunner runner = new HeadlessGameRunner(game)) {
            runner.play(SCRIPT);
            assertThat(((FakeShopGame) game).textScale()).isEqualTo(1.125f);
            return runner.result();
        }
    }

    @Test
    void anEnglishRoundPlayedByKeysScoresTheFoundAddressAndBothRightVerdicts() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("en", narration);

        // then
        assertThat(result.score()).isEqualTo(25);
        assertThat(result.maxScore()).isEqualTo(10 + 12 * 5 + 10);
        assertThat(result.module()).isEqualTo(TrainingModule.FAKE_SHOP_DETECTIVE);
        assertThat(result.participant()).isEqualTo("P-0042");
        assertThat(result.languageTag()).isEqualTo("en");
        assertThat(result.items()).extracting(ItemOutcome::itemId).containsExactlyElementsOf(ITEMS);
        assertThat(result.items().get(0).cuesFound()).containsExactly("DOMAIN_SPOOFING");
        assertThat(result.items().get(0).cuesMissed()).hasSize(11).contains("REQUESTS_SENSITIVE_INFORMATION");
        assertThat(result.items().get(1).cuesMissed()).isEmpty();
        assertThat(result.falsePositives()).isZero();
        assertThat(result.misses()).isZero();
        assertThat(narration).first().asString().startsWith("Item 1 of 2. Web page\nAddress: https://kettlecrate");
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Part 2 of 22."));
        assertThat(narration)
                .anySatisfy(line -> assertThat(line).startsWith("Right: this one is a trap, better not trust it."));
        assertThat(narration).anySatisfy(line -> assertThat(line).contains("Found - Look-alike domain"));
        assertThat(narration).anySatisfy(line -> assertThat(line).contains("What is sound: "));
        assertThat(narration).last().asString().startsWith("Round over\nYou scored 25 of 80 points.");
    }

    @Test
    void aGermanRoundScoresTheSameAndNarratesInGerman() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("de", narration);

        // then
        assertThat(result.score()).isEqualTo(25);
        assertThat(result.maxScore()).isEqualTo(80);
        assertThat(result.languageTag()).isEqualTo("de");
        assertThat(result.items().get(0).cuesFound()).containsExactly("DOMAIN_SPOOFING");
        assertThat(narration)
                .first()
                .asString()
                .startsWith("Element 1 von 2. Webseite\nAdresse: https://kaufwerk-kasse");
        assertThat(narration)
                .anySatisfy(
                        line -> assertThat(line).startsWith("Richtig: Das ist eine Falle, besser nicht vertrauen."));
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Richtig: Das ist echt"));
        assertThat(narration).last().asString().startsWith("Runde beendet");
    }
}
