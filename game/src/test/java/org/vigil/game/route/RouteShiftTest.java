package org.vigil.game.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.RouteLibrary;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.inbox.ManualClock;

/** The rules of a Route Guard shift on the real content, without LibGDX. */
class RouteShiftTest {

    // The catalogue's order, as the digit keys pick them.
    private static final int ROUTE_ROTATION = 0;
    private static final int NEED_TO_KNOW = 1;
    private static final int TAMPER_SEALS = 2;
    private static final int TWO_PERSON = 3;
    private static final int GEOFENCE = 5;
    private static final int COLD_CHAIN_LOGGER = 6;

    private final RouteLibrary library = ShippedRoutes.get();
    private final ManualClock clock = new ManualClock();

    private RouteShift shift(Difficulty difficulty, String... rounds) {
        return new RouteShift(new ShiftDeck(library).named(List.of(rounds)), library.mitigations(), difficulty, clock);
    }

    @Test
    void blockingTheFirstStepStopsTheWholePlanAndEarnsEveryPoint() {
        // given
        RouteShift shift = shift(Difficulty.EASY, "leaked-route-ambush");
        shift.toggle(NEED_TO_KNOW);

        // when
        RoundReport report = shift.judge(Verdict.ESCALATE).orElseThrow();

        // then
        assertThat(report.steps())
                .extracting(StepOutcome::result)
                .containsExactly(StepResult.BLOCKED, StepResult.NOT_REACHED, StepResult.NOT_REACHED);
        assertThat(report.steps().get(0).stoppedBy()).contains("need-to-know");
        assertThat(report.points()).isEqualTo(40).isEqualTo(shift.maxScore());
        assertThat(report.achieved()).isZero();
    }

    @Test
    void aDetectedStepHappensButTheAlarmEndsThePlanForHalfItsPoints() {
        // given
        RouteShift shift = shift(Difficulty.EASY, "leaked-route-ambush");
        shift.toggle(TAMPER_SEALS);

        // when
        RoundReport report = shift.judge(Verdict.ESCALATE).orElseThrow();

        // then
        assertThat(report.steps())
                .extracting(StepOutcome::result)
                .containsExactly(StepResult.ACHIEVED, StepResult.ACHIEVED, StepResult.DETECTED);
        assertThat(report.points()).isEqualTo(RouteShift.VERDICT_POINTS + RouteShift.STEP_POINTS / 2);
        assertThat(report.cues())
                .extracting(c -> c.cue().id() + "=" + c.found())
                .containsExactly(
                        "route-shared-outside-need-to-know=false", "predictable-stop=false", "unsealed-cold-box=true");
    }

    @Test
    void atHardTheInsiderWorksAroundTheGeofenceAndTheHiddenStopList() {
        // given
        RouteShift medium = shift(Difficulty.MEDIUM, "driver-unplanned-stop");
        RouteShift hard = shift(Difficulty.HARD, "driver-unplanned-stop");
        for (RouteShift shift : List.of(medium, hard)) {
            shift.toggle(NEED_TO_KNOW);
            shift.toggle(GEOFENCE);
        }

        // when
        RoundReport atMedium = medium.judge(Verdict.ESCALATE).orElseThrow();
        RoundReport atHard = hard.judge(Verdict.ESCALATE).orElseThrow();

        // then
        assertThat(atMedium.steps().get(0).result()).isEqualTo(StepResult.BLOCKED);
        assertThat(atHard.steps())
                .extracting(StepOutcome::result)
                .containsExactly(StepResult.ACHIEVED, StepResult.ACHIEVED, StepResult.ACHIEVED);
        assertThat(atHard.steps().get(1).evaded())
                .extracting(e -> e.mitigation())
                .containsExactly("geofence-alerts");
        assertThat(atHard.notes())
                .extracting(n -> n.mitigation().id() + ":" + n.effect())
                .containsExactly(
                        "need-to-know:EVADED",
                        "geofence-alerts:EVADED",
                        "route-rotation:MISSED",
                        "two-person-handover:MISSED",
                        "cold-chain-logger:MISSED");
        assertThat(atHard.points()).isEqualTo(RouteShift.VERDICT_POINTS);
        assertThat(atHard.cues()).noneMatch(CueResult::found);
    }

    @Test
    void eachChosenMitigationIsExplainedAsWorkingStandingByOrIdle() {
        // given
        RouteShift shift = shift(Difficulty.EASY, "cold-box-swap-at-dock");
        shift.toggle(TAMPER_SEALS);
        shift.toggle(COLD_CHAIN_LOGGER);
        shift.toggle(ROUTE_ROTATION);

        // when
        RoundReport report = shift.judge(Verdict.ESCALATE).orElseThrow();

        // then
        assertThat(report.notes())
                .extracting(n -> n.mitigation().id() + ":" + n.effect())
                .containsExactly(
                        "route-rotation:IDLE",
                        "tamper-seals:DETECTED",
                        "cold-chain-logger:BACKUP",
                        "two-person-handover:MISSED");
    }

    @Test
    void theBudgetRefusesAMitigationThatDoesNotFitUntilAnotherIsTakenAway() {
        // given
        RouteShift shift = shift(Difficulty.HARD, "driver-unplanned-stop");
        assertThat(shift.budget()).isEqualTo(2);
        assertThat(shift.toggle(ROUTE_ROTATION)).isEqualTo(RouteShift.Toggle.ADDED);

        // when
        RouteShift.Toggle refused = shift.toggle(TWO_PERSON);
        shift.toggle(ROUTE_ROTATION);
        RouteShift.Toggle accepted = shift.toggle(TWO_PERSON);

        // then
        assertThat(refused).isEqualTo(RouteShift.Toggle.OVER_BUDGET);
        assertThat(accepted).isEqualTo(RouteShift.Toggle.ADDED);
        assertThat(shift.spent()).isEqualTo(2);
        assertThat(shift.isChosen(ROUTE_ROTATION)).isFalse();
    }

    @Test
    void escalatingABenignDeliveryIsAFalsePositiveWithItsCuesMissedAndNoPointsTaken() {
        // given
        RouteShift shift = shift(Difficulty.EASY, "announced-roadworks-diversion", "leaked-route-ambush");

        // when
        RoundReport benign = shift.judge(Verdict.ESCALATE).orElseThrow();
        shift.finishDrive();
        shift.next();
        RoundReport missed = shift.judge(Verdict.CARRY_ON).orElseThrow();

        // then
        assertThat(benign.falsePositive()).isTrue();
        assertThat(benign.points()).isZero();
        assertThat(benign.steps()).isEmpty();
        assertThat(benign.cues()).noneMatch(CueResult::found);
        assertThat(missed.miss()).isTrue();
        assertThat(missed.points()).isZero();
        assertThat(shift.score()).isZero();
    }

    @Test
    void theDriveRevealsStepsOneByOneAndCanBeSkipped() {
        // given
        RouteShift shift = shift(Difficulty.EASY, "leaked-route-ambush");
        shift.judge(Verdict.ESCALATE);

        // when
        StepOutcome first = shift.revealNext().orElseThrow();
        shift.finishDrive();

        // then
        assertThat(first.step().id()).isEqualTo("leak-route");
        assertThat(shift.phase()).isEqualTo(RouteShift.Phase.FEEDBACK);
        assertThat(shift.revealed()).isEqualTo(3);
        assertThat(shift.revealNext()).isEmpty();
    }

    @Test
    void aFinishedShiftRecordsEveryRoundWithItsTimeAndCues() {
        // given
        RouteShift shift = shift(Difficulty.EASY, "leaked-route-ambush", "announced-roadworks-diversion");
        shift.toggle(ROUTE_ROTATION);
        clock.advance(Duration.ofSeconds(40));
        shift.judge(Verdict.ESCALATE);
        shift.finishDrive();
        shift.next();
        clock.advance(Duration.ofSeconds(25));
        shift.judge(Verdict.CARRY_ON);
        assertThatThrownBy(() -> shift.result("P-7", "en")).isInstanceOf(IllegalStateException.class);
        shift.finishDrive();

        // when
        shift.next();
        PlayResult result = shift.result("P-7", "en");

        // then
        assertThat(result.module()).isEqualTo(TrainingModule.ROUTE_GUARD);
        assertThat(result.score()).isEqualTo(10 + 0 + 10 + 10 + 10);
        assertThat(result.maxScore()).isEqualTo(50);
        assertThat(result.items())
                .extracting(ItemOutcome::itemId, ItemOutcome::malicious, ItemOutcome::correct, ItemOutcome::time)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("leaked-route-ambush", true, true, Duration.ofSeconds(40)),
                        org.assertj.core.groups.Tuple.tuple(
                                "announced-roadworks-diversion", false, true, Duration.ofSeconds(25)));
        assertThat(result.items().get(0).cuesFound()).containsExactly("predictable-stop");
        assertThat(result.items().get(0).cuesMissed())
                .containsExactly("route-shared-outside-need-to-know", "unsealed-cold-box");
        assertThat(result.items().get(1).cuesFound()).containsExactly("announced-diversion", "route-change-recorded");
    }

    @Test
    void everyDifficultyDealsTwoInsidersAndOneBenignDeliveryRepeatablyBySeed() {
        ShiftDeck deck = new ShiftDeck(library);
        for (Difficulty difficulty : Difficulty.values()) {
            // when
            List<DeliveryRound> dealt = deck.deal(difficulty, new Random(7));
            List<DeliveryRound> again = deck.deal(difficulty, new Random(7));

            // then
            assertThat(dealt).filteredOn(DeliveryRound::malicious).hasSize(2);
            assertThat(dealt).filteredOn(r -> !r.malicious()).hasSize(1);
            assertThat(dealt).allMatch(r -> r.difficulties().contains(difficulty));
            assertThat(again).isEqualTo(dealt);
        }
    }

    @Test
    void hardRoundsGiveATighterBudgetThanEasyOnes() {
        assertThat(shift(Difficulty.EASY, "leaked-route-ambush").budget()).isEqualTo(3);
        assertThat(shift(Difficulty.HARD, "driver-unplanned-stop").budget()).isEqualTo(2);
        assertThat(library.round("leaked-route-ambush").steps()).hasSize(3);
        assertThat(library.round("armoured-van-tracker-removed").steps()).hasSize(4);
    }
}
