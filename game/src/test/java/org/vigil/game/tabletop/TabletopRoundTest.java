package org.vigil.game.tabletop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.Language;
import org.vigil.content.tabletop.ShippedTabletop;
import org.vigil.content.tabletop.TabletopContent;
import org.vigil.content.tabletop.TabletopOption;
import org.vigil.content.tabletop.TabletopStage;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.inbox.ManualClock;

/**
 * The tabletop's rules on the shipped exercise and the real bank scenario, without LibGDX. Expected
 * times come from the attack plan (workstation and settlement server at T+0, backup server at T+50,
 * HSM gateways at T+100) and the scenario's delays: the workstation's stolen admin account reaches
 * the HSM gateways at T+60, card authorisation and the checkouts follow at T+62.
 */
class TabletopRoundTest {

    private static final TabletopContent CONTENT = new ShippedTabletop(new ScenarioReader()).load(Set.of(Language.EN));

    private final ManualClock clock = new ManualClock();

    private TabletopRound round(Difficulty difficulty, long seed, String... stageIds) {
        List<TabletopStage> stages = stageIds.length == 0
                ? CONTENT.exercise().stagesAt(difficulty)
                : Arrays.stream(stageIds).map(CONTENT.exercise()::stage).toList();
        return new TabletopRound(
                stages,
                difficulty,
                new CascadeConsequences(CONTENT.exercise(), CascadeGraph.of(CONTENT.scenario())),
                new Random(seed),
                RansomwareTabletopGames.timeLimit(difficulty),
                clock);
    }

    private static DecisionFeedback pick(TabletopRound round, String optionId) {
        List<String> shown = round.options().stream().map(TabletopOption::id).toList();
        DecisionFeedback feedback = round.choose(shown.indexOf(optionId)).orElseThrow();
        round.next();
        return feedback;
    }

    @Test
    void containingTheBackOfficeAloneOnlyPostponesTheCardOutage() {
        TabletopRound round = round(Difficulty.MEDIUM, 1, "ransom-note");

        DecisionFeedback feedback = pick(round, "isolate-back-office");

        // the admin account is cut off at T+10, but the attacker's binary still hits the HSM gateways
        // at T+100: card authorisation goes down at T+102 instead of T+62, its RTO of 30 min runs out at T+2:12
        assertThat(feedback.correct()).isTrue();
        assertThat(feedback.points()).isEqualTo(10 + 2 * 5);
        assertThat(feedback.decisionEffect().servicesSpared()).isEmpty();
        assertThat(feedback.decisionEffect().breachesPostponed())
                .contains(
                        new Breach("card-authorisation", Breach.Target.RTO, 132),
                        new Breach("forkly-online-checkout", Breach.Target.MTPD, 342));
        assertThat(feedback.decisionEffect().lossAvoided()).isPositive();
    }

    @Test
    void isolatingTheHsmGatewaysInTimeSparesCardPaymentsAndTheCheckouts() {
        TabletopRound round = round(Difficulty.MEDIUM, 1, "ransom-note", "hsm-binary");
        pick(round, "isolate-back-office");

        DecisionFeedback feedback = pick(round, "isolate-hsm");

        assertThat(feedback.decisionEffect().servicesSpared())
                .containsExactlyInAnyOrder(
                        "card-authorisation",
                        "forkly-online-checkout",
                        "salvia-online-checkout",
                        "atm-cash-withdrawal");
        // Forkly's MTPD of 4 h would have run out at T+5:42
        assertThat(feedback.decisionEffect().breachesAvoided())
                .contains(new Breach("forkly-online-checkout", Breach.Target.MTPD, 342));
        assertThat(round.situation().result().isImpacted("card-authorisation")).isFalse();
        assertThat(round.base().result().isImpacted("card-authorisation")).isTrue();
    }

    @Test
    void escalatingThePlannedMaintenanceIsAFalsePositiveThatTakesBrightcartsCheckoutDown() {
        TabletopRound round = round(Difficulty.MEDIUM, 1, "maintenance-alert");

        DecisionFeedback feedback = pick(round, "cut-payvora-link");

        // without Payvora, Brightcart's fallback, its checkout falls with card authorisation at T+62
        assertThat(feedback.falsePositive()).isTrue();
        assertThat(feedback.points()).isZero();
        assertThat(feedback.cues()).containsExactly(new CueResult("check-change-calendar", false));
        assertThat(feedback.decisionEffect().servicesHit()).containsExactly("brightcart-online-checkout");
        assertThat(feedback.decisionEffect().breachesCaused())
                .contains(new Breach("brightcart-online-checkout", Breach.Target.RTO, 122));
        assertThat(feedback.decisionEffect().lossAvoided()).isNegative();
    }

    @Test
    void restoringFromABackupServerTheAttackReachedIsNotPossible() {
        TabletopRound round = round(Difficulty.MEDIUM, 1, "ransom-deadline");

        DecisionFeedback feedback = pick(round, "restore-newest-now");

        assertThat(feedback.blocked())
                .extracting(BlockedMitigation::requiredAssetId, BlockedMitigation::reachedAtMinute)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("backup-server", 50.0));
        assertThat(feedback.blocked()).hasSize(3);
        assertThat(feedback.decisionEffect().isEmpty()).isTrue();
        assertThat(feedback.cues())
                .containsExactly(
                        new CueResult("no-ransom-payment", true), new CueResult("verify-backups-offline", false));
        assertThat(feedback.points()).isEqualTo(5);
    }

    @Test
    void restoringFromBackupsKeptOutOfReachBringsCardPaymentsBack() {
        TabletopRound round = round(Difficulty.MEDIUM, 1, "backup-alarm", "ransom-deadline");
        pick(round, "take-backups-offline");

        DecisionFeedback feedback = pick(round, "restore-verified");

        // the HSM gateways work again at T+8:00, card authorisation 2 minutes later: too late for
        // Forkly's MTPD (T+5:02), in time for Salvia's (T+13:02)
        assertThat(feedback.blocked()).isEmpty();
        assertThat(round.situation().result().recoveryMinute("card-authorisation"))
                .hasValue(482);
        assertThat(feedback.decisionEffect().breachesAvoided())
                .contains(new Breach("salvia-online-checkout", Breach.Target.MTPD, 782))
                .doesNotContain(new Breach("forkly-online-checkout", Breach.Target.MTPD, 302));
    }

    @Test
    void aDecisionLeftTooLongOnHardCountsAsNoneAndTheAttackGoesOn() {
        TabletopRound round = round(Difficulty.HARD, 1, "hsm-binary");
        clock.advance(Duration.ofSeconds(RansomwareTabletopGames.HARD_SECONDS + 1));

        Optional<DecisionFeedback> expired = round.expireIfDue();

        assertThat(expired).hasValueSatisfying(f -> {
            assertThat(f.timedOut()).isTrue();
            assertThat(f.correct()).isFalse();
            assertThat(f.miss()).isTrue();
            assertThat(f.time()).isEqualTo(Duration.ofSeconds(RansomwareTabletopGames.HARD_SECONDS));
            assertThat(f.cues()).containsExactly(new CueResult("isolate-before-restore", false));
            assertThat(f.decisionEffect().isEmpty()).isTrue();
        });
        assertThat(round.phase()).isEqualTo(TabletopRound.Phase.FEEDBACK);
    }

    @Test
    void easyAndMediumLetTheTeamTalkWithoutAClock() {
        assertThat(round(Difficulty.EASY, 1).timeLeft()).isEmpty();
        assertThat(round(Difficulty.MEDIUM, 1).timeLeft()).isEmpty();
        assertThat(round(Difficulty.HARD, 1).timeLeft()).hasValue(Duration.ofSeconds(90));
    }

    @Test
    void theSameSeedShowsTheOptionsInTheSameOrderAndThePlaybookIsNotAlwaysFirst() {
        TabletopRound first = round(Difficulty.HARD, 3);
        TabletopRound second = round(Difficulty.HARD, 3);
        boolean playbookElsewhere = false;

        for (int i = 0; i < first.size(); i++) {
            assertThat(first.options()).isEqualTo(second.options());
            playbookElsewhere |= !first.options().get(0).recommended();
            first.choose(0);
            first.next();
            second.choose(0);
            second.next();
        }

        assertThat(playbookElsewhere).isTrue();
    }

    @Test
    void choosingAnOptionThatIsNotShownIsIgnored() {
        TabletopRound round = round(Difficulty.EASY, 1, "ransom-note");

        assertThat(round.options()).hasSize(3);
        assertThat(round.choose(3)).isEmpty();
        assertThat(round.phase()).isEqualTo(TabletopRound.Phase.DECIDING);
    }

    @Test
    void followingThePlaybookOnEasyScoresTheMaximumAndIsRecorded() {
        TabletopRound round = round(Difficulty.EASY, 5);

        while (round.phase() == TabletopRound.Phase.DECIDING) {
            pick(round, round.current().recommended().id());
        }
        PlayResult result = round.result("P-0042", "en");

        assertThat(result.score()).isEqualTo(result.maxScore()).isEqualTo(20 + 15 + 15 + 20);
        assertThat(result.module()).isEqualTo(TrainingModule.RANSOMWARE_TABLETOP);
        assertThat(result.items())
                .extracting(ItemOutcome::itemId, ItemOutcome::malicious)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ransom-note", true),
                        org.assertj.core.groups.Tuple.tuple("maintenance-alert", false),
                        org.assertj.core.groups.Tuple.tuple("hsm-binary", true),
                        org.assertj.core.groups.Tuple.tuple("ransom-deadline", true));
        assertThat(result.falsePositives()).isZero();
        assertThat(result.cuesMissed()).isEmpty();
        assertThat(round.totalEffect().servicesSpared()).contains("card-authorisation", "forkly-online-checkout");
    }
}
