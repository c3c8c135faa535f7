package org.vigil.game.fakeshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.ItemType;
import org.vigil.core.training.Difficulty;
import org.vigil.game.inbox.ShippedLibrary;

class ShopDeckTest {

    private final ShopDeck deck = new ShopDeck(ShippedLibrary.get());

    @Test
    void aRoundMixesFourTrapsWithFairTermsAndAGenuinePost() {
        // when
        List<AttackTemplate> round = deck.deal(Difficulty.MEDIUM, new Random(7));

        // then
        assertThat(round).hasSize(6).doesNotHaveDuplicates();
        assertThat(round).filteredOn(t -> t.verdict().isHarmful()).hasSize(ShopDeck.MALICIOUS_PER_ROUND);
        assertThat(round)
                .filteredOn(t -> !t.verdict().isHarmful())
                .extracting(AttackTemplate::type)
                .containsExactlyInAnyOrder(ItemType.TERMS, ItemType.POST);
        assertThat(round).noneMatch(t -> t.type() == ItemType.EMAIL);
    }

    @Test
    void eachLevelDealsFromItsOwnPhishScaleBandFirst() {
        // when
        List<AttackTemplate> easy = deck.deal(Difficulty.EASY, new Random(1));
        List<AttackTemplate> hard = deck.deal(Difficulty.HARD, new Random(1));

        // then: there are four least and many very difficult traps, so each level fills from its own band
        assertThat(easy)
                .filteredOn(t -> t.verdict().isHarmful())
                .allMatch(t -> ShopDeck.rating(t) == org.vigil.content.awareness.Difficulty.LEAST_DIFFICULT);
        assertThat(hard)
                .filteredOn(t -> t.verdict().isHarmful())
                .allMatch(t -> ShopDeck.rating(t) == org.vigil.content.awareness.Difficulty.VERY_DIFFICULT);
    }

    @Test
    void theSameSeedDealsTheSameRound() {
        // when
        List<AttackTemplate> first = deck.deal(Difficulty.MEDIUM, new Random(42));
        List<AttackTemplate> again = deck.deal(Difficulty.MEDIUM, new Random(42));

        // then
        assertThat(again)
                .extracting(AttackTemplate::id)
                .containsExactlyElementsOf(
                        first.stream().map(AttackTemplate::id).toList());
    }
}
