package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.core.cascade.StartCondition.degraded;
import static org.vigil.core.cascade.StartCondition.failed;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked cascades over small graphs: every expected number is worked out in a comment. */
class TimePhasedCascadeTest {

    private static final double EXACT = 1e-12;

    private final TimePhasedCascade cascade = new TimePhasedCascade();

    @Test
    void alongAChainTimesAddDelaysLikelihoodsMultiplyAndLevelsTakeTheSmallestMaxImpact() {
        // given a -> b -> c
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.9)
                .delay(10)
                .maxImpact(0.4)
                .link("b", "c")
                .likelihood(0.5)
                .delay(20)
                .maxImpact(0.9)
                .graph();

        // when a fails at minute 5
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 5)));

        // then T: 5, 5 + 10, 15 + 20; P: 1, 0.9, 0.9 × 0.5; L: 1, min(1, 0.4), min(0.4, 0.9)
        assertThat(r.onsetMinute("b")).hasValue(15);
        assertThat(r.onsetMinute("c")).hasValue(35);
        assertThat(r.likelihood("b")).isCloseTo(0.9, within(EXACT));
        assertThat(r.likelihood("c")).isCloseTo(0.45, within(EXACT));
        assertThat(r.level("b")).isEqualTo(0.4);
        assertThat(r.level("c")).isEqualTo(0.4);
        assertThat(r.impactAt("c", 34.9)).isZero();
        assertThat(r.impactAt("c", 35)).isEqualTo(0.4);
    }

    @Test
    void aDegradedStartPassesOnItsLowerLevel() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .maxImpact(0.8)
                .link("b", "c")
                .maxImpact(0.3)
                .graph();

        CascadeResult r = cascade.propagate(g, List.of(degraded("a", 0)));

        // DEGRADED is 0.5: b min(0.5, 0.8), c min(0.5, 0.3)
        assertThat(r.level("a")).isEqualTo(0.5);
        assertThat(r.level("b")).isEqualTo(0.5);
        assertThat(r.level("c")).isEqualTo(0.3);
        assertThat(r.impactAt("a", 0)).isEqualTo(0.5);
    }

    @Test
    void startLevelsComeFromTheSettings() {
        CascadeGraph g = TestGraph.create().link("a", "b").graph();
        TimePhasedCascade lenient = new TimePhasedCascade(CascadeSettings.DEFAULTS.withLevel(StartState.DEGRADED, 0.2));

        CascadeResult r = lenient.propagate(g, List.of(degraded("a", 0)));

        assertThat(r.level("b")).isEqualTo(0.2);
    }

    @Test
    void inADiamondTheEarliestPathSetsTheOnsetAndTheMostLikelyPathTheLikelihood() {
        // given a fast unlikely route through b and a slow likely one through c
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.5)
                .delay(10)
                .link("a", "c")
                .likelihood(0.9)
                .delay(30)
                .link("b", "d")
                .likelihood(0.5)
                .delay(10)
                .maxImpact(0.3)
                .link("c", "d")
                .likelihood(0.9)
                .delay(5)
                .maxImpact(0.7)
                .graph();

        // when
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        // then T(d) = min(10 + 10, 30 + 5), P(d) = max(0.25, 0.81), L(d) = max(0.3, 0.7)
        assertThat(r.onsetMinute("d")).hasValue(20);
        assertThat(r.likelihood("d")).isCloseTo(0.81, within(EXACT));
        assertThat(r.level("d")).isEqualTo(0.7);
        // and the impact is the weak contribution first, the strong one from minute 35
        assertThat(r.impactCurve("d", 19, 20, 34, 35)).containsExactly(0, 0.3, 0.3, 0.7);
    }

    @Test
    void aRedundancyGroupWithOneMemberDownLeavesTheTargetUnharmed() {
        CascadeGraph g = redundantPair();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        assertThat(r.isImpacted("t")).isFalse();
        assertThat(r.onsetMinute("t")).isEmpty();
        assertThat(r.likelihood("t")).isZero();
        assertThat(r.impactAt("t", 10_000)).isZero();
    }

    @Test
    void aRedundancyGroupWithAllMembersDownHitsAtTheLaterArrivalWithTheProductLikelihood() {
        CascadeGraph g = redundantPair();

        // when a fails at 0 (arrives at 5) and b at 30 (arrives at 40)
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0), failed("b", 30)));

        // then t is hit at max(5, 40) with likelihood 0.9 × 0.8
        assertThat(r.onsetMinute("t")).hasValue(40);
        assertThat(r.likelihood("t")).isCloseTo(0.72, within(EXACT));
        assertThat(r.level("t")).isEqualTo(1);
        assertThat(r.impactCurve("t", 39, 40)).containsExactly(0, 1);
    }

    @Test
    void aRedundancyGroupTakesTheSmallestMemberLevelAndGrowsWithItsLatestMember() {
        // given b -> t arrives first (STEP), a -> t later and ramps over 20 minutes
        CascadeGraph g = TestGraph.create()
                .link("a", "t")
                .delay(5)
                .linear(20)
                .group("pair")
                .link("b", "t")
                .delay(10)
                .maxImpact(0.6)
                .group("pair")
                .graph();

        // when b fails at 0 (arrives at 10) and a at 30 (arrives at 35)
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 30), failed("b", 0)));

        // then the group arrives at 35 and, 10 minutes in, a's member has grown to 0.5 of 1: min(0.5, 0.6)
        assertThat(r.onsetMinute("t")).hasValue(35);
        assertThat(r.level("t")).isEqualTo(0.6);
        assertThat(r.impactAt("t", 45)).isCloseTo(0.5, within(EXACT));
        // and once a's member has grown past 0.6, b's level caps it
        assertThat(r.impactAt("t", 55)).isEqualTo(0.6);
    }

    @Test
    void aCycleTerminatesWithEachAssetSettledOnce() {
        // given a -> b -> c -> a, and c -> d
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.9)
                .delay(5)
                .link("b", "c")
                .likelihood(0.9)
                .delay(5)
                .link("c", "a")
                .likelihood(0.9)
                .delay(5)
                .link("c", "d")
                .likelihood(0.5)
                .delay(1)
                .graph();

        // when b fails
        CascadeResult r = cascade.propagate(g, List.of(failed("b", 0)));

        // then round the cycle once: c 5, a 10, d 6; likelihoods 0.9, 0.81, 0.45; b stays at its own 1
        assertThat(r.onsetMinute("b")).hasValue(0);
        assertThat(r.onsetMinute("c")).hasValue(5);
        assertThat(r.onsetMinute("a")).hasValue(10);
        assertThat(r.onsetMinute("d")).hasValue(6);
        assertThat(r.likelihood("b")).isEqualTo(1);
        assertThat(r.likelihood("a")).isCloseTo(0.81, within(EXACT));
        assertThat(r.likelihood("d")).isCloseTo(0.45, within(EXACT));
        assertThat(r.impactedCount()).isEqualTo(4);
    }

    @Test
    void aStepArrivesInFull() {
        CascadeGraph g = TestGraph.create().link("a", "b").delay(10).graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        assertThat(r.impactCurve("b", 9.99, 10, 500)).containsExactly(0, 1, 1);
    }

    @Test
    void aLinearGrowthRisesEvenlyOverItsRamp() {
        CascadeGraph g = TestGraph.create().link("a", "b").delay(10).linear(60).graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        // arrives at 10, half grown at 40, full at 70
        assertThat(r.onsetMinute("b")).hasValue(10);
        assertThat(r.impactCurve("b", 10, 25, 40, 70, 100)).containsExactly(0, 0.25, 0.5, 1, 1);
    }

    @Test
    void aLogisticGrowthIsAnSCurveFromExactlyZeroToExactlyOne() {
        CascadeGraph g = TestGraph.create().link("a", "b").logistic(100).graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        // s(x) = 1 / (1 + e^(-10 (x - 0.5))), normalised: (s(x) - s(0)) / (s(1) - s(0))
        assertThat(r.impactAt("b", 0)).isZero();
        assertThat(r.impactAt("b", 10)).isCloseTo(0.011446579538697647, within(1e-12));
        assertThat(r.impactAt("b", 25)).isCloseTo(0.07010371654510814, within(1e-12));
        assertThat(r.impactAt("b", 50)).isCloseTo(0.5, within(1e-12));
        assertThat(r.impactAt("b", 75)).isCloseTo(0.9298962834548918, within(1e-12));
        assertThat(r.impactAt("b", 100)).isEqualTo(1);
    }

    @Test
    void aGrowthCurveTopsOutAtTheContributionLevel() {
        CascadeGraph g =
                TestGraph.create().link("a", "b").linear(60).maxImpact(0.4).graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        assertThat(r.impactAt("b", 30)).isCloseTo(0.2, within(EXACT));
        assertThat(r.impactAt("b", 60)).isEqualTo(0.4);
    }

    @Test
    void impactsAreReportedAtTheDefaultHorizons() {
        // given a -> b after 30 minutes, b -> c after 200 more, ramping over 100
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .delay(30)
                .link("b", "c")
                .delay(200)
                .linear(100)
                .graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        // then at +15 min, 1 h, 4 h, 24 h and 72 h
        assertThat(r.horizons()).containsExactly(15.0, 60.0, 240.0, 1440.0, 4320.0);
        assertThat(horizonImpacts(r, "a")).containsExactly(1, 1, 1, 1, 1);
        assertThat(horizonImpacts(r, "b")).containsExactly(0, 1, 1, 1, 1);
        assertThat(horizonImpacts(r, "c")).containsExactly(0, 0, 0.1, 1, 1);
    }

    @Test
    void horizonsCanBeChosen() {
        CascadeGraph g = TestGraph.create().link("a", "b").delay(30).graph();
        TimePhasedCascade shortSighted = new TimePhasedCascade(CascadeSettings.DEFAULTS.withHorizons(10, 30));

        CascadeResult r = shortSighted.propagate(g, List.of(failed("a", 0)));

        assertThat(r.horizons()).containsExactly(10.0, 30.0);
        assertThat(horizonImpacts(r, "b")).containsExactly(0, 1);
    }

    @Test
    void impactedAssetsAtAHorizonAreSortedByRiskThenId() {
        // given a hub with dependents of different likelihood and level
        CascadeGraph g = TestGraph.create()
                .link("hub", "likely")
                .likelihood(0.9)
                .link("hub", "unlikely")
                .likelihood(0.2)
                .link("hub", "half")
                .likelihood(0.9)
                .maxImpact(0.5)
                .link("hub", "also-half")
                .likelihood(0.9)
                .maxImpact(0.5)
                .link("hub", "late")
                .delay(100)
                .graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("hub", 0)));

        // then at 1 h: hub 1, likely 0.9, then half and also-half 0.45 by id, unlikely 0.2; late not yet
        assertThat(r.impactedAt(1))
                .extracting(AssetImpact::assetId)
                .containsExactly("hub", "likely", "also-half", "half", "unlikely");
        AssetImpact half = r.impactedAt(1).get(3);
        assertThat(half.likelihood()).isEqualTo(0.9);
        assertThat(half.impact()).isEqualTo(0.5);
        assertThat(half.risk()).isCloseTo(0.45, within(EXACT));
        assertThat(r.risk("late", 2)).isEqualTo(1);
    }

    @Test
    void aStartAssetTakesEachOfItsStartConditionsFromItsOwnMinute() {
        CascadeGraph g = TestGraph.create().link("a", "b").graph();

        CascadeResult r = cascade.propagate(g, List.of(degraded("a", 0), failed("a", 60)));

        assertThat(r.onsetMinute("a")).hasValue(0);
        assertThat(r.level("a")).isEqualTo(1);
        assertThat(r.impactCurve("a", 30, 60)).containsExactly(0.5, 1);
        assertThat(r.startConditions()).hasSize(2);
    }

    @Test
    void aDependencyThatIsNeverLikelyOrHasNoImpactPassesNothingOn() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0)
                .link("a", "c")
                .maxImpact(0)
                .graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        assertThat(r.impactedAssetIds()).containsExactly("a");
    }

    @Test
    void impactedAssetsAreListedEarliestFirst() {
        CascadeGraph g = TestGraph.create()
                .link("a", "z")
                .delay(5)
                .link("a", "y")
                .delay(5)
                .link("a", "x")
                .delay(10)
                .graph();

        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        assertThat(r.impactedAssetIds()).containsExactly("a", "y", "z", "x");
    }

    @Test
    void theSequentialEngineGivesTheSameResults() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.7)
                .delay(3)
                .linear(10)
                .link("b", "c")
                .likelihood(0.6)
                .delay(4)
                .maxImpact(0.5)
                .link("a", "c")
                .likelihood(0.3)
                .delay(1)
                .graph();
        List<StartCondition> start = List.of(failed("a", 0));

        CascadeResult parallel = cascade.propagate(g, start);
        CascadeResult sequential =
                TimePhasedCascade.sequential(CascadeSettings.DEFAULTS).propagate(g, start);

        for (String id : List.of("a", "b", "c")) {
            assertThat(sequential.onsetMinute(id)).isEqualTo(parallel.onsetMinute(id));
            assertThat(sequential.likelihood(id)).isEqualTo(parallel.likelihood(id));
            assertThat(sequential.level(id)).isEqualTo(parallel.level(id));
            assertThat(horizonImpacts(sequential, id)).isEqualTo(horizonImpacts(parallel, id));
        }
    }

    @Test
    void unknownAssetsAndEmptyStartSetsAreRefused() {
        CascadeGraph g = TestGraph.create().link("a", "b").graph();

        assertThatThrownBy(() -> cascade.propagate(g, List.of(failed("ghost", 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ghost");
        assertThatThrownBy(() -> cascade.propagate(g, List.of())).isInstanceOf(IllegalArgumentException.class);
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));
        assertThatThrownBy(() -> r.likelihood("ghost")).isInstanceOf(IllegalArgumentException.class);
    }

    private static CascadeGraph redundantPair() {
        return TestGraph.create()
                .link("a", "t")
                .likelihood(0.9)
                .delay(5)
                .group("pair")
                .link("b", "t")
                .likelihood(0.8)
                .delay(10)
                .group("pair")
                .graph();
    }

    static double[] horizonImpacts(CascadeResult r, String assetId) {
        double[] impacts = new double[r.horizons().size()];
        for (int h = 0; h < impacts.length; h++) {
            impacts[h] = r.impact(assetId, h);
        }
        return impacts;
    }
}
