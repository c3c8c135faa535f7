package org.vigil.game.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.Language;
import org.vigil.content.call.CallOutcome;
import org.vigil.content.call.Disclosure;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.inbox.ManualClock;

class CallRoundTest {

    private final ManualClock clock = new ManualClock();

    private CallRound round(Optional<Duration> limit, String... ids) {
        return new CallRound(ShippedCalls.named(Language.EN, ids), clock, limit);
    }

    private CallRound round(String... ids) {
        return round(Optional.empty(), ids);
    }

    /** The place of a reply among the current turn's replies. */
    private static int reply(CallRound round, String id) {
        for (int i = 0; i < round.replies().size(); i++) {
            if (round.replies().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no reply " + id + " at node " + round.node().id());
    }

    @Test
    void refusingTheCodeAtOnceEndsSafelyAndActsOnBothCues() {
        // given
        CallRound round = round("courier-one-time-code");

        // when
        CallFeedback feedback = round.choose(reply(round, "refuse-code")).orElseThrow();

        // then
        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.outcome()).isEqualTo(CallOutcome.REFUSED);
        assertThat(feedback.cues()).allMatch(CueResult::actedOn);
        assertThat(feedback.points()).isEqualTo(CallRound.SAFE_POINTS + 2 * CallRound.CUE_POINTS);
        assertThat(round.score()).isEqualTo(round.maxScore());
    }

    @Test
    void readingOutTheCodeDisclosesItAndExplainsEveryMissedCueWithoutTakingPoints() {
        // given
        CallRound round = round("courier-one-time-code");
        round.choose(reply(round, "why-code"));

        // when
        CallFeedback feedback = round.choose(reply(round, "read-code-now")).orElseThrow();

        // then
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.miss()).isTrue();
        assertThat(feedback.disclosure()).contains(Disclosure.ONE_TIME_CODE);
        assertThat(feedback.points()).isZero();
        assertThat(feedback.cues())
                .extracting(CueResult::cue)
                .containsExactly("asks-one-time-code", "urgency-pressure");
        assertThat(feedback.cues())
                .noneMatch(CueResult::actedOn)
                .allMatch(c -> !c.explanation().isBlank());
    }

    @Test
    void aReplyWithANextNodeShowsTheCallersNextLineInTheTranscript() {
        // given
        CallRound round = round("bank-safe-account");

        // when
        round.choose(reply(round, "no-code"));

        // then
        assertThat(round.phase()).isEqualTo(CallRound.Phase.TALKING);
        assertThat(round.node().id()).isEqualTo("safe-account");
        assertThat(round.transcript())
                .extracting(Turn::speaker)
                .containsExactly(Turn.Speaker.CALLER, Turn.Speaker.PLAYER, Turn.Speaker.CALLER);
    }

    @Test
    void cuesActedOnBeforeAnUnsafeEndStillEarnPoints() {
        // given
        CallRound round = round("it-support-password");
        round.choose(reply(round, "no-password"));

        // when
        CallFeedback feedback = round.choose(reply(round, "install-tool")).orElseThrow();

        // then
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.disclosure()).contains(Disclosure.REMOTE_ACCESS);
        assertThat(feedback.points()).isEqualTo(CallRound.CUE_POINTS);
    }

    @Test
    void hangingUpOnAGenuineCallAndCallingBackIsRight() {
        // given
        CallRound round = round("bank-card-notice");
        round.hangUp();

        // when
        CallFeedback feedback = round.choose(AfterHangUp.CALL_BACK.ordinal()).orElseThrow();

        // then
        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.falsePositive()).isFalse();
        assertThat(feedback.outcome()).isEqualTo(CallOutcome.CALLED_BACK);
        assertThat(feedback.points()).isEqualTo(CallRound.SAFE_POINTS);
    }

    @Test
    void reportingAGenuineCallerIsAFalsePositive() {
        // given
        CallRound round = round("courier-slot-confirmation");
        round.hangUp();

        // when
        CallFeedback feedback = round.choose(AfterHangUp.REPORT.ordinal()).orElseThrow();

        // then
        assertThat(feedback.falsePositive()).isTrue();
        assertThat(feedback.points()).isZero();
    }

    @Test
    void hangingUpOnAnImpostorIsSafeAndCallingBackActsOnTheCallBackCue() {
        // given
        CallRound leaving = round("boss-urgent-payment");
        CallRound callingBack = round("boss-urgent-payment");
        leaving.hangUp();
        callingBack.hangUp();

        // when
        CallFeedback left = leaving.choose(AfterHangUp.LEAVE.ordinal()).orElseThrow();
        CallFeedback calledBack =
                callingBack.choose(AfterHangUp.CALL_BACK.ordinal()).orElseThrow();

        // then
        assertThat(left.correct()).isTrue();
        assertThat(left.actedOn()).isZero();
        assertThat(calledBack.correct()).isTrue();
        assertThat(calledBack.cues())
                .filteredOn(CueResult::actedOn)
                .extracting(CueResult::cue)
                .containsExactly("callback-known-number");
    }

    @Test
    void aTurnLeftUnansweredPastTheLimitEndsTheCallAsTimedOut() {
        // given
        CallRound round = round(Optional.of(Duration.ofSeconds(20)), "it-helpdesk-pretext");
        clock.advance(Duration.ofSeconds(19));
        assertThat(round.tick()).isEmpty();

        // when
        clock.advance(Duration.ofSeconds(2));
        Optional<CallFeedback> feedback = round.tick();

        // then
        assertThat(feedback).get().extracting(CallFeedback::outcome).isEqualTo(CallOutcome.TIMED_OUT);
        assertThat(feedback.get().correct()).isFalse();
        assertThat(round.phase()).isEqualTo(CallRound.Phase.FEEDBACK);
    }

    @Test
    void eachReplyGetsAFreshLimitAndTheDecisionAfterHangingUpHasNone() {
        // given
        CallRound round = round(Optional.of(Duration.ofSeconds(20)), "it-helpdesk-pretext");
        clock.advance(Duration.ofSeconds(15));
        round.choose(reply(round, "which-ticket"));
        clock.advance(Duration.ofSeconds(15));

        // when
        Optional<CallFeedback> stillTalking = round.tick();
        round.hangUp();
        clock.advance(Duration.ofMinutes(5));

        // then
        assertThat(stillTalking).isEmpty();
        assertThat(round.tick()).isEmpty();
        assertThat(round.phase()).isEqualTo(CallRound.Phase.HUNG_UP);
    }

    @Test
    void arrowsMoveTheSelectionAroundTheRepliesAndEnterPicksIt() {
        // given
        CallRound round = round("courier-one-time-code");
        round.selectPrevious();

        // when
        Optional<CallFeedback> feedback = round.chooseSelected();

        // then
        assertThat(feedback).get().extracting(CallFeedback::outcome).isEqualTo(CallOutcome.REFUSED);
    }

    @Test
    void theFinishedRoundRecordsEveryCallWithItsTimeAndCues() {
        // given
        CallRound round = round("courier-one-time-code", "courier-slot-confirmation");
        clock.advance(Duration.ofSeconds(12));
        round.choose(reply(round, "refuse-code"));
        round.next();
        clock.advance(Duration.ofSeconds(8));
        round.choose(reply(round, "report"));

        // when
        round.next();
        PlayResult result = round.result("P-7", Difficulty.EASY, "en");

        // then
        assertThat(result.module()).isEqualTo(TrainingModule.SOCIAL_ENGINEERING_CALL);
        assertThat(result.score()).isEqualTo(20);
        assertThat(result.maxScore()).isEqualTo(20 + 10);
        assertThat(result.items())
                .extracting(ItemOutcome::itemId, ItemOutcome::malicious, ItemOutcome::correct, ItemOutcome::time)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "courier-one-time-code", true, true, Duration.ofSeconds(12)),
                        org.assertj.core.groups.Tuple.tuple(
                                "courier-slot-confirmation", false, false, Duration.ofSeconds(8)));
        assertThat(result.items().get(0).cuesFound()).containsExactly("asks-one-time-code", "urgency-pressure");
        assertThat(result.falsePositives()).isEqualTo(1);
        assertThat(result.misses()).isZero();
    }
}
