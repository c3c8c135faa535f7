package org.vigil.game.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.Language;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;

class InboxRoundTest {

    private static final Duration TIME = Duration.ofSeconds(60);

    private final ManualClock clock = new ManualClock();

    /** The redelivery lure (6 red flags) and its legitimate look-alike, in English. */
    private InboxRound lureAndLookAlike() {
        InboxDeck deck = new InboxDeck(ShippedLibrary.get());
        InboxEmails emails = new InboxEmails();
        List<InboxEmail> round = deck.named(List.of("parcel-redelivery-fee", "parcel-delivery-notice")).stream()
                .map(t -> emails.of(t, Language.EN))
                .toList();
        return new InboxRound(round, TIME, clock);
    }

    private static int partOf(InboxRound round, String clueId) {
        return round.current().clues().stream()
                .filter(c -> c.id().equals(clueId))
                .findFirst()
                .orElseThrow()
                .parts()
                .iterator()
                .next();
    }

    private static void flag(InboxRound round, int part) {
        round.focus(part);
        round.toggleFlag();
    }

    @Test
    void aRightVerdictAndEachFoundRedFlagEarnPoints() {
        // given
        InboxRound round = lureAndLookAlike();
        flag(round, partOf(round, "lookalike-sender"));
        flag(round, partOf(round, "hidden-link-target"));

        // when
        EmailFeedback feedback = round.judge(Answer.PHISHING).orElseThrow();

        // then
        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.found()).isEqualTo(2);
        assertThat(feedback.points()).isEqualTo(InboxRound.VERDICT_POINTS + 2 * InboxRound.CUE_POINTS);
        assertThat(round.score()).isEqualTo(20);
        assertThat(round.maxScore()).isEqualTo(10 + 6 * 5 + 10);
    }

    @Test
    void aWrongVerdictCostsNothingAndFoundRedFlagsStillCount() {
        // given
        InboxRound round = lureAndLookAlike();
        flag(round, partOf(round, "return-threat"));

        // when
        EmailFeedback feedback = round.judge(Answer.LEGITIMATE).orElseThrow();

        // then
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.miss()).isTrue();
        assertThat(feedback.points()).isEqualTo(InboxRound.CUE_POINTS);
        assertThat(round.score()).isNotNegative();
    }

    @Test
    void reportingTheLegitimateLookAlikeIsAFalsePositiveAndItsFlagsAreNamedNeedless() {
        // given
        InboxRound round = lureAndLookAlike();
        round.judge(Answer.PHISHING);
        round.next();
        flag(round, 0);

        // when
        EmailFeedback feedback = round.judge(Answer.PHISHING).orElseThrow();

        // then
        assertThat(feedback.falsePositive()).isTrue();
        assertThat(feedback.points()).isZero();
        assertThat(feedback.needlessFlags()).containsExactly(0);
        assertThat(feedback.trustNotes()).isNotEmpty();
    }

    @Test
    void theFeedbackExplainsEveryRedFlagFoundOrMissed() {
        // given
        InboxRound round = lureAndLookAlike();
        flag(round, partOf(round, "lookalike-sender"));

        // when
        EmailFeedback feedback = round.judge(Answer.PHISHING).orElseThrow();

        // then
        assertThat(feedback.clues())
                .hasSize(6)
                .allSatisfy(c -> assertThat(c.clue().explanation()).isNotBlank());
        assertThat(feedback.clues())
                .filteredOn(ClueResult::found)
                .extracting(c -> c.clue().id())
                .containsExactly("lookalike-sender");
    }

    @Test
    void theOutcomeRecordsTimePerEmailAndTheCuesFoundAndMissedByType() {
        // given
        InboxRound round = lureAndLookAlike();
        clock.advance(Duration.ofSeconds(12));
        flag(round, partOf(round, "return-threat"));
        round.judge(Answer.PHISHING);
        clock.advance(Duration.ofSeconds(30)); // reading feedback does not count
        round.next();
        clock.advance(Duration.ofSeconds(7));
        round.judge(Answer.LEGITIMATE);
        round.next();

        // when
        PlayResult result = round.result("P-0042", Difficulty.MEDIUM, "en");

        // then
        assertThat(result.items())
                .extracting(ItemOutcome::time)
                .containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(7));
        ItemOutcome lure = result.items().get(0);
        assertThat(lure.cuesFound()).containsExactly("THREATENING_LANGUAGE");
        assertThat(lure.cuesMissed())
                .containsExactly(
                        "DOMAIN_SPOOFING",
                        "GENERIC_GREETING",
                        "SENSE_OF_URGENCY",
                        "REQUESTS_SENSITIVE_INFORMATION",
                        "URL_HYPERLINKING");
        assertThat(result.score()).isEqualTo(10 + 5 + 10);
        assertThat(result.accuracy()).isEqualTo(1.0);
        assertThat(result.falsePositives()).isZero();
        assertThat(result.duration()).isEqualTo(Duration.ofSeconds(49));
    }

    @Test
    void anEmailWhoseTimeRunsOutStaysInTheInboxAsAMiss() {
        // given
        InboxRound round = lureAndLookAlike();
        clock.advance(TIME.plusSeconds(1));

        // when
        EmailFeedback feedback = round.expireIfDue().orElseThrow();

        // then
        assertThat(feedback.answer()).isEqualTo(Answer.TIMED_OUT);
        assertThat(feedback.miss()).isTrue();
        assertThat(feedback.time()).isEqualTo(TIME);
        assertThat(round.phase()).isEqualTo(InboxRound.Phase.FEEDBACK);
    }

    @Test
    void aLegitimateEmailLeftUntilTheTimeRunsOutIsNoFalsePositive() {
        // given
        InboxRound round = lureAndLookAlike();
        round.judge(Answer.PHISHING);
        round.next();
        clock.advance(TIME);

        // when
        EmailFeedback feedback = round.expireIfDue().orElseThrow();

        // then
        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.falsePositive()).isFalse();
    }

    @Test
    void theTimeLeftCountsDownAndNothingExpiresBeforeIt() {
        // given
        InboxRound round = lureAndLookAlike();

        // when
        clock.advance(Duration.ofSeconds(45));

        // then
        assertThat(round.timeLeft()).isEqualTo(Duration.ofSeconds(15));
        assertThat(round.expireIfDue()).isEmpty();
    }

    @Test
    void flagsCanBeTakenBackAndFocusWrapsAroundTheParts() {
        // given
        InboxRound round = lureAndLookAlike();
        int parts = round.current().parts().size();

        // when
        round.focusPrevious();
        round.toggleFlag();
        round.toggleFlag();

        // then
        assertThat(round.focusedPart()).isEqualTo(parts - 1);
        assertThat(round.isFlagged(parts - 1)).isFalse();
    }

    @Test
    void flaggingASentenceWithTwoRedFlagsFindsBoth() {
        // given: "confirm your card details within 24 hours" is one paragraph
        InboxRound round = lureAndLookAlike();
        flag(round, partOf(round, "deadline"));

        // when
        EmailFeedback feedback = round.judge(Answer.PHISHING).orElseThrow();

        // then
        assertThat(feedback.clues())
                .filteredOn(ClueResult::found)
                .extracting(c -> c.clue().id())
                .containsExactly("deadline", "card-details");
    }

    @Test
    void theResultIsOnlyThereOnceTheRoundIsOver() {
        // given
        InboxRound round = lureAndLookAlike();

        // when / then
        assertThatThrownBy(() -> round.result("P-1", Difficulty.EASY, "en")).isInstanceOf(IllegalStateException.class);
    }
}
