package org.vigil.game.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.core.training.Difficulty;

class InboxDeckTest {

    private final InboxDeck deck = new InboxDeck(ShippedLibrary.get());

    @Test
    void aRoundMixesPhishingWithLegitimateLookAlikes() {
        // when
        List<EmailTemplate> round = deck.deal(Difficulty.MEDIUM, new Random(1));

        // then
        assertThat(round)
                .hasSize(InboxDeck.PHISHING_PER_ROUND + InboxDeck.LEGITIMATE_PER_ROUND)
                .doesNotHaveDuplicates();
        assertThat(round).filteredOn(e -> e.verdict().isHarmful()).hasSize(InboxDeck.PHISHING_PER_ROUND);
        assertThat(round).filteredOn(e -> !e.verdict().isHarmful()).hasSize(InboxDeck.LEGITIMATE_PER_ROUND);
    }

    @Test
    void hardRoundsDealOnlyVeryDifficultPhishing() {
        // when
        List<EmailTemplate> round = deck.deal(Difficulty.HARD, new Random(2));

        // then
        assertThat(round)
                .filteredOn(e -> e.verdict().isHarmful())
                .allSatisfy(e ->
                        assertThat(e.difficulty()).contains(org.vigil.content.awareness.Difficulty.VERY_DIFFICULT));
    }

    @Test
    void easyRoundsDealEveryLeastDifficultLureFirstAndFillUpWithModerateOnes() {
        // given
        long leastDifficult = ShippedLibrary.get().emails().stream()
                .filter(e -> e.difficulty().orElse(null) == org.vigil.content.awareness.Difficulty.LEAST_DIFFICULT)
                .count();

        // when
        List<EmailTemplate> round = deck.deal(Difficulty.EASY, new Random(3));

        // then
        assertThat(round)
                .filteredOn(e -> e.difficulty().orElse(null) == org.vigil.content.awareness.Difficulty.LEAST_DIFFICULT)
                .hasSize((int) Math.min(leastDifficult, InboxDeck.PHISHING_PER_ROUND));
        assertThat(round)
                .filteredOn(e -> e.difficulty().orElse(null) == org.vigil.content.awareness.Difficulty.VERY_DIFFICULT)
                .isEmpty();
    }

    @Test
    void theSameSeedDealsTheSameRound() {
        // when / then
        assertThat(deck.deal(Difficulty.MEDIUM, new Random(9))).isEqualTo(deck.deal(Difficulty.MEDIUM, new Random(9)));
    }
}
