package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.core.cascade.StartCondition.failed;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mitigations on top of a run, and what they change. */
class WhatIfTest {

    private final TimePhasedCascade cascade = new TimePhasedCascade();

    @Test
    void isolatingAnAssetBeforeTheImpactArrivesSparesItAndWhatDependsOnIt() {
        // given a -> b after 30 minutes, b -> c after 10 more
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .delay(30)
                .link("b", "c")
                .delay(10)
                .graph();

        // when b is isolated at minute 20
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)), List.of(new Mitigation.Isolate("b", 20)));

        // then
        assertThat(r.isImpacted("b")).isFalse();
        assertThat(r.isImpacted("c")).isFalse();
        assertThat(r.isImpacted("a")).isTrue();
    }

    @Test
    void isolatingTooLateChangesNothingAndIsolatingAtTheArrivalStillBlocksIt() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .delay(30)
                .link("b", "c")
                .delay(10)
                .graph();
        List<StartCondition> start = List.of(failed("a", 0));

        CascadeResult late = cascade.propagate(g, start, List.of(new Mitigation.Isolate("b", 30.5)));
        CascadeResult onTime = cascade.propagate(g, start, List.of(new Mitigation.Isolate("b", 30)));

        assertThat(late.onsetMinute("c")).hasValue(40);
        assertThat(onTime.isImpacted("b")).isFalse();
    }

    @Test
    void isolationKeepsWhatArrivedBeforeAndStopsWhatComesAfter() {
        // given a weak early contribution into b and a strong late one
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .delay(10)
                .maxImpact(0.3)
                .link("x", "b")
                .delay(50)
                .graph();

        CascadeResult r =
                cascade.propagate(g, List.of(failed("a", 0), failed("x", 0)), List.of(new Mitigation.Isolate("b", 30)));

        assertThat(r.level("b")).isEqualTo(0.3);
        assertThat(r.impactAt("b", 100)).isEqualTo(0.3);
    }

    @Test
    void isolatingAStartAssetBeforeItsStartSparesIt() {
        CascadeGraph g = TestGraph.create().link("a", "b").graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 60)), List.of(new Mitigation.Isolate("a", 45)));

        assertThat(r.impactedCount()).isZero();
    }

    @Test
    void aRedundantSupplierInPlaceFromTheStartSparesTheTargetUnlessItFailsToo() {
        // given t depends on s alone
        CascadeGraph g = TestGraph.create()
                .link("s", "t")
                .likelihood(0.9)
                .delay(5)
                .asset("z", "org")
                .graph();
        List<Mitigation> alternative = List.of(new Mitigation.RedundantSupplier("t", "s", "z", 0));

        // when s fails, with z standing by from the start
        CascadeResult spared = cascade.propagate(g, List.of(failed("s", 0)), alternative);
        // and when z fails as well, later
        CascadeResult both = cascade.propagate(g, List.of(failed("s", 0), failed("z", 100)), alternative);

        // then t is hit only once both are down: at max(5, 105), with likelihood 0.9 × 0.9
        assertThat(spared.isImpacted("t")).isFalse();
        assertThat(both.onsetMinute("t")).hasValue(105);
        assertThat(both.likelihood("t")).isCloseTo(0.81, within(1e-12));
        assertThat(spared.graph()).isSameAs(g);
    }

    @Test
    void aRedundantSupplierSwitchedInLaterEndsTheImpactAtTheSwitch() {
        // given t depends on s, and u on t after 10 minutes
        CascadeGraph g = TestGraph.create()
                .link("s", "t")
                .link("t", "u")
                .delay(10)
                .asset("z", "org")
                .graph();

        // when s fails at 0 and the shop switches to z at 60
        CascadeResult r = cascade.propagate(
                g, List.of(failed("s", 0)), List.of(new Mitigation.RedundantSupplier("t", "s", "z", 60)));

        // then t is down from 0 until the switch, u from 10 until the switch has reached it
        assertThat(r.onsetMinute("t")).hasValue(0);
        assertThat(r.impactCurve("t", 59, 60)).containsExactly(1, 0);
        assertThat(r.recoveryMinute("t")).hasValue(60);
        assertThat(r.recoveryMinute("u")).hasValue(70);
        assertThat(r.impactCurve("u", 69, 70)).containsExactly(1, 0);
        assertThat(r.recoveryMinute("s")).isEmpty();
    }

    @Test
    void aRedundantSupplierCanJoinAnExistingGroup() {
        CascadeGraph g = TestGraph.create()
                .link("a", "t")
                .group("pair")
                .link("b", "t")
                .group("pair")
                .asset("c", "org")
                .graph();
        List<StartCondition> start = List.of(failed("a", 0), failed("b", 0));

        CascadeResult before = cascade.propagate(g, start);
        CascadeResult after = cascade.propagate(g, start, List.of(new Mitigation.RedundantSupplier("t", "a", "c", 0)));

        assertThat(before.isImpacted("t")).isTrue();
        assertThat(after.isImpacted("t")).isFalse();
    }

    @Test
    void aRedundantSupplierJoiningAGroupLaterEndsTheGroupsImpactAtTheSwitch() {
        CascadeGraph g = TestGraph.create()
                .link("a", "t")
                .group("pair")
                .link("b", "t")
                .group("pair")
                .asset("c", "org")
                .graph();

        CascadeResult r = cascade.propagate(
                g,
                List.of(failed("a", 0), failed("b", 0)),
                List.of(new Mitigation.RedundantSupplier("t", "a", "c", 60)));

        assertThat(r.onsetMinute("t")).hasValue(0);
        assertThat(r.impactCurve("t", 59, 60)).containsExactly(1, 0);
        assertThat(r.recoveryMinute("t")).hasValue(60);
    }

    @Test
    void aRedundantSupplierNeedsAnExistingDependency() {
        CascadeGraph g = TestGraph.create().link("a", "b").asset("c", "org").graph();

        assertThatThrownBy(() -> cascade.propagate(
                        g, List.of(failed("a", 0)), List.of(new Mitigation.RedundantSupplier("a", "b", "c", 0))))
                .hasMessageContaining("no dependency from b to a");
    }

    @Test
    void aManualFallbackCapsTheImpactAndEndsTheDisruptionIfItsResidualIsTolerable() {
        // given a service with RTO 30 and MTPD 120, output 1440 a day (1 a minute)
        CascadeGraph g = TestGraph.owner("shop")
                .service("sales", "shop", 30, 120, 1440)
                .link("server", "sales")
                .graph();
        TimePhasedCascade oneDay = new TimePhasedCascade(CascadeSettings.DEFAULTS.withHorizons(60, 1440));
        List<StartCondition> start = List.of(failed("server", 0));

        // when staff switch to paper an hour in, keeping 70 % going (residual 0.3)
        CascadeResult r = oneDay.propagate(g, start, List.of(new Mitigation.ManualFallback("sales", 60, 0.3)));
        ServiceContinuity sales = ContinuityReport.of(r).service("sales").orElseThrow();

        // then the RTO is breached at 30, the MTPD not; loss 60 × 1 + 1380 × 0.3
        assertThat(r.impactCurve("sales", 59, 60)).containsExactly(1, 0.3);
        assertThat(sales.disruptionEndMinute()).hasValue(60);
        assertThat(sales.rtoBreachMinute()).hasValue(30);
        assertThat(sales.mtpdBreachMinute()).isEmpty();
        assertThat(sales.loss().getAsDouble()).isCloseTo(474, within(1e-6));
    }

    @Test
    void aManualFallbackThatKeepsTooLittleGoingLowersTheLossButNotTheBreach() {
        CascadeGraph g = TestGraph.owner("shop")
                .service("sales", "shop", 30, 120, 1440)
                .link("server", "sales")
                .graph();

        CascadeResult r = cascade.propagate(
                g, List.of(failed("server", 0)), List.of(new Mitigation.ManualFallback("sales", 60, 0.8)));
        ServiceContinuity sales = ContinuityReport.of(r).service("sales").orElseThrow();

        assertThat(sales.mtpdBreachMinute()).hasValue(120);
        assertThat(r.impactAt("sales", 1000)).isEqualTo(0.8);
    }

    @Test
    void restoringAnAssetEndsItsImpactAndWhatItPassedOnAfterEachDelay() {
        // given a -> b after 10 minutes, b -> c after 5 more
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .delay(10)
                .link("b", "c")
                .delay(5)
                .graph();

        // when a fails at 0 and is restored at 100
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)), List.of(new Mitigation.Restore("a", 100)));

        // then a works from 100, b from 110, c from 115
        assertThat(r.impactCurve("a", 99, 100)).containsExactly(1, 0);
        assertThat(r.recoveryMinute("b")).hasValue(110);
        assertThat(r.impactCurve("b", 109, 110)).containsExactly(1, 0);
        assertThat(r.recoveryMinute("c")).hasValue(115);
        assertThat(r.impactCurve("c", 114, 115)).containsExactly(1, 0);
        assertThat(r.onsetMinute("c")).hasValue(15);
    }

    @Test
    void restoringAnAssetBeforeTheImpactReachesItSparesIt() {
        CascadeGraph g = TestGraph.create().link("a", "b").delay(60).graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)), List.of(new Mitigation.Restore("b", 30)));

        assertThat(r.isImpacted("b")).isFalse();
    }

    @Test
    void aDependentRecoversOnlyWhenEverythingThatHitItHasEnded() {
        // given c hit by a (restored) and by b (not)
        CascadeGraph g =
                TestGraph.create().link("a", "c").link("b", "c").delay(30).graph();

        CascadeResult r =
                cascade.propagate(g, List.of(failed("a", 0), failed("b", 0)), List.of(new Mitigation.Restore("a", 10)));

        assertThat(r.recoveryMinute("c")).isEmpty();
        assertThat(r.impactCurve("c", 5, 20, 40)).containsExactly(1, 0, 1);
    }

    @Test
    void assetsHoldingEachOtherDownInACycleRecoverOnlyWhenOneOfThemIsRestored() {
        // given s -> a, and a and b depending on each other
        CascadeGraph g = TestGraph.create()
                .link("s", "a")
                .delay(5)
                .link("a", "b")
                .delay(5)
                .link("b", "a")
                .delay(5)
                .graph();
        List<StartCondition> start = List.of(failed("s", 0));

        CascadeResult sourceOnly = cascade.propagate(g, start, List.of(new Mitigation.Restore("s", 100)));
        CascadeResult alsoA = cascade.propagate(
                g, start, List.of(new Mitigation.Restore("s", 100), new Mitigation.Restore("a", 200)));

        assertThat(sourceOnly.recoveryMinute("a")).isEmpty();
        assertThat(sourceOnly.recoveryMinute("b")).isEmpty();
        assertThat(alsoA.recoveryMinute("a")).hasValue(200);
        assertThat(alsoA.recoveryMinute("b")).hasValue(205);
    }

    @Test
    void aGroupWhoseMembersWereNeverDownTogetherDeliversNothing() {
        // given t with two alternatives: a down from 0 and restored at 50, b down only from 100
        CascadeGraph g = TestGraph.create()
                .link("a", "t")
                .group("pair")
                .link("b", "t")
                .group("pair")
                .link("t", "u")
                .graph();

        CascadeResult r = cascade.propagate(
                g, List.of(failed("a", 0), failed("b", 100)), List.of(new Mitigation.Restore("a", 50)));

        assertThat(r.isImpacted("t")).isFalse();
        assertThat(r.isImpacted("u")).isFalse();
    }

    @Test
    void aComparisonShowsBreachesAvoidedLossAvoidedAssetsSparedAndImpactChanges() {
        // given a server behind a service (RTO 60, MTPD 240, 1 a minute) and behind reports
        CascadeGraph g = TestGraph.owner("shop")
                .service("sales", "shop", 60, 240, 1440)
                .link("server", "sales")
                .link("server", "reports")
                .delay(30)
                .graph();
        CascadeResult base = cascade.propagate(g, List.of(failed("server", 0)));

        // when the server is restored at 120 and reports are isolated at 20
        CascadeResult mitigated = cascade.whatIf(
                base, List.of(new Mitigation.Restore("server", 120), new Mitigation.Isolate("reports", 20)));
        WhatIfComparison comparison = WhatIfComparison.between(base, mitigated);

        // then the MTPD breach at 240 is avoided, the RTO breach at 60 is not
        ContinuityChange sales = comparison.continuityChange("sales").orElseThrow();
        assertThat(sales.rto()).isEqualTo(BreachOutcome.UNCHANGED);
        assertThat(sales.mtpd()).isEqualTo(BreachOutcome.AVOIDED);
        assertThat(comparison.breachesAvoided())
                .extracting(ContinuityChange::assetId)
                .containsExactly("sales");
        assertThat(comparison.breachesPostponed()).isEmpty();
        // and the loss over 72 h drops from 4320 to 120 minutes of output
        assertThat(sales.lossBefore()).isCloseTo(4320, within(1e-6));
        assertThat(sales.lossAfter()).isCloseTo(120, within(1e-6));
        assertThat(comparison.lossAvoided()).isCloseTo(4200, within(1e-6));
        assertThat(comparison.assetsSpared()).containsExactly("reports");
        // and at 15 min and 1 h nothing changed for the server; from 4 h on it works again
        ImpactChange server = comparison.impactChange("server").orElseThrow();
        assertThat(server.before()).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0);
        assertThat(server.after()).containsExactly(1.0, 1.0, 0.0, 0.0, 0.0);
        assertThat(server.difference(2)).isEqualTo(-1);
        assertThat(comparison.impactChanges())
                .extracting(ImpactChange::assetId)
                .containsExactly("reports", "sales", "server");
        assertThat(mitigated.mitigations()).hasSize(2);
    }

    @Test
    void aPostponedBreachIsReportedAsSuch() {
        CascadeGraph g = TestGraph.owner("shop")
                .service("sales", "shop", 60, 240, 1440)
                .link("server", "app")
                .delay(10)
                .link("app", "sales")
                .link("backup", "sales")
                .delay(100)
                .graph();
        CascadeResult base = cascade.propagate(g, List.of(failed("server", 0), failed("backup", 0)));

        // when the app is cut off from the server before the impact gets there
        CascadeResult contained = cascade.whatIf(base, List.of(new Mitigation.Isolate("app", 5)));
        ContinuityChange sales = WhatIfComparison.between(base, contained)
                .continuityChange("sales")
                .orElseThrow();

        assertThat(sales.rto()).isEqualTo(BreachOutcome.POSTPONED);
        assertThat(sales.rtoBreachBefore()).hasValue(70);
        assertThat(sales.rtoBreachAfter()).hasValue(160);
    }
}
