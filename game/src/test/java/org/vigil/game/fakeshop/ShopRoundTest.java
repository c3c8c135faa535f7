package org.vigil.game.fakeshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.Language;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.inbox.ManualClock;
import org.vigil.game.inbox.ShippedLibrary;

class ShopRoundTest {

    private final ManualClock clock = new ManualClock();

    /** The fake checkout (12 signs) and a parcel locker's fair terms, in English. */
    private ShopRound checkoutAndFairTerms() {
        ShopItems items = new ShopItems();
        List<ShopItem> round = new ShopDeck(ShippedLibrary.get())
                .named(List.of("shop-checkout-pin-and-id", "parcel-locker-terms")).stream()
                        .map(t -> items.of(t, Language.EN))
                        .toList();
        return new ShopRound(round, clock);
    }

    private static int partOf(ShopRound round, String cueId) {
        return round.current().cues().stream()
                .filter(c -> c.id().equals(cueId))
                .findFirst()
                .orElseThrow()
                .parts()
                .iterator()
                .next();
    }

    private static void flag(ShopRound round, int part) {
        round.focus(part);
        round.toggleFlag();
    }

    @Test
    void aRightVerdictAndEachSignFoundEarnPoints() {
        // given
        ShopRound round = checkoutAndFairTerms();
        flag(round, partOf(round, "lookalike-address"));
        flag(round, partOf(round, "card-pin"));

        // when
        ShopFeedback feedback = round.judge(ShopVerdict.DONT_TRUST).orElseThrow();

        // then
        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.found()).isEqualTo(2);
        assertThat(feedback.points()).isEqualTo(ShopRound.VERDICT_POINTS + 2 * ShopRound.CUE_POINTS);
        assertThat(round.score()).isEqualTo(20);
        assertThat(round.maxScore()).isEqualTo(10 + 12 * 5 + 10);
    }

    @Test
    void trustingTheTrapIsAMissThatCostsNothingAndItsFoundSignsStillCount() {
        // given
        ShopRound round = checkoutAndFairTerms();
        flag(round, partOf(round, "impossible-price"));

        // when
        ShopFeedback feedback = round.judge(ShopVerdict.TRUST).orElseThrow();

        // then
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.miss()).isTrue();
        assertThat(feedback.falsePositive()).isFalse();
        assertThat(feedback.points()).isEqualTo(ShopRound.CUE_POINTS);
        assertThat(feedback.cues()).filteredOn(c -> !c.found()).hasSize(11);
    }

    @Test
    void distrustingFairTermsIsAFalsePositiveAndItsFlagsAreNamedNeedless() {
        // given
        ShopRound round = checkoutAndFairTerms();
        round.judge(ShopVerdict.DONT_TRUST);
        round.next();
        flag(round, 1);
        flag(round, 2);

        // when
        ShopFeedback feedback = round.judge(ShopVerdict.DONT_TRUST).orElseThrow();

        // then
        assertThat(feedback.falsePositive()).isTrue();
        assertThat(feedback.points()).isZero();
        assertThat(feedback.needlessFlags()).containsExactly(1, 2);
        assertThat(feedback.trustNotes()).hasSize(6);
    }

    @Test
    void flagsCanBeTakenBackAndOnlyCountWhileInspecting() {
        // given
        ShopRound round = checkoutAndFairTerms();
        int address = partOf(round, "lookalike-address");
        flag(round, address);
        flag(round, address);

        // when
        ShopFeedback feedback = round.judge(ShopVerdict.DONT_TRUST).orElseThrow();
        round.toggleFlag();

        // then
        assertThat(feedback.found()).isZero();
        assertThat(round.isFlagged(address)).isFalse();
        assertThat(round.judge(ShopVerdict.TRUST)).isEmpty();
    }

    @Test
    void focusWrapsAroundTheItemsParts() {
        // given
        ShopRound round = checkoutAndFairTerms();
        int parts = round.current().parts().size();

        // when
        round.focusPrevious();

        // then
        assertThat(round.focusedPart()).isEqualTo(parts - 1);
        round.focusNext();
        assertThat(round.focusedPart()).isZero();
    }

    @Test
    void theResultRecordsEveryItemWithItsTimeAndTheCuesFoundAndMissed() {
        // given
        ShopRound round = checkoutAndFairTerms();
        clock.advance(Duration.ofSeconds(40));
        flag(round, partOf(round, "lookalike-address"));
        round.judge(ShopVerdict.DONT_TRUST);
        round.next();
        clock.advance(Duration.ofSeconds(25));
        round.judge(ShopVerdict.TRUST);
        round.next();

        // when
        PlayResult result = round.result("P-0007", Difficulty.MEDIUM, "en");

        // then
        assertThat(round.phase()).isEqualTo(ShopRound.Phase.FINISHED);
        assertThat(result.module()).isEqualTo(TrainingModule.FAKE_SHOP_DETECTIVE);
        assertThat(result.score()).isEqualTo(10 + 5 + 10);
        assertThat(result.maxScore()).isEqualTo(80);
        assertThat(result.duration()).isEqualTo(Duration.ofSeconds(65));
        assertThat(result.items())
                .extracting(ItemOutcome::time)
                .containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(25));
        ItemOutcome checkout = result.items().get(0);
        assertThat(checkout.cuesFound()).containsExactly("DOMAIN_SPOOFING");
        assertThat(checkout.cuesMissed()).hasSize(11).contains("TOO_GOOD_TO_BE_TRUE", "REQUESTS_SENSITIVE_INFORMATION");
        assertThat(result.falsePositives()).isZero();
        assertThat(result.misses()).isZero();
        assertThat(result.accuracy()).isEqualTo(1.0);
    }

    @Test
    void anUnfinishedRoundHasNoResult() {
        // given
        ShopRound round = checkoutAndFairTerms();

        // when / then
        assertThatThrownBy(() -> round.result("P-0007", Difficulty.EASY, "en"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ShopRound(List.of(), clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
