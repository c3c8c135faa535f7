package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.core.cascade.StartCondition.failed;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo cascades on small graphs whose probabilities are known in closed form. Estimates
 * are checked to within 4 standard errors, √(p(1 − p)/runs): a correct estimator misses that by
 * chance about once in 16,000 checks, and since every run is seeded, a pass stays a pass.
 */
class MonteCarloCascadeTest {

    private static final int RUNS = 20_000;

    private final MonteCarloCascade monteCarlo = MonteCarloCascade.sequential(CascadeSettings.DEFAULTS);

    @Test
    void alongAChainTheProbabilityOfBeingHitIsTheProductOfTheLikelihoods() {
        // given a -> b -> c -> d
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.8)
                .link("b", "c")
                .likelihood(0.5)
                .link("c", "d")
                .likelihood(0.9)
                .graph();

        // when
        MonteCarloResult r = monteCarlo.run(g, List.of(failed("a", 0)), RUNS, 42);

        // then
        assertThat(r.probabilityEver("a")).isEqualTo(1);
        assertThat(r.probabilityEver("b")).isCloseTo(0.8, fourStandardErrors(0.8));
        assertThat(r.probabilityEver("c")).isCloseTo(0.4, fourStandardErrors(0.4));
        assertThat(r.probabilityEver("d")).isCloseTo(0.36, fourStandardErrors(0.36));
    }

    @Test
    void aRedundancyGroupIsHitWithTheProductOfItsMembersProbabilities() {
        // given s -> x -> t and s -> y -> t, the two into t alternatives of one another
        CascadeGraph g = TestGraph.create()
                .link("s", "x")
                .likelihood(0.9)
                .link("s", "y")
                .likelihood(0.8)
                .link("x", "t")
                .likelihood(0.6)
                .group("pair")
                .link("y", "t")
                .likelihood(0.7)
                .group("pair")
                .graph();

        // when
        MonteCarloResult r = monteCarlo.run(g, List.of(failed("s", 0)), RUNS, 7);

        // then x's side fails with 0.9 × 0.6 and y's with 0.8 × 0.7; t needs both
        double both = (0.9 * 0.6) * (0.8 * 0.7);
        assertThat(r.probabilityEver("t")).isCloseTo(both, fourStandardErrors(both));
    }

    @Test
    void anAssetReachedAfterAHorizonDoesNotCountForIt() {
        // given b hit after 10 minutes if a -> b holds, else after 40 through c
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.5)
                .delay(10)
                .link("a", "c")
                .delay(20)
                .link("c", "b")
                .delay(20)
                .graph();
        MonteCarloCascade withHorizons = MonteCarloCascade.sequential(CascadeSettings.DEFAULTS.withHorizons(5, 15, 60));

        // when
        MonteCarloResult r = withHorizons.run(g, List.of(failed("a", 0)), RUNS, 3);

        // then never by 5, half the time by 15, always by 60; mean onset 0.5 × 10 + 0.5 × 40
        assertThat(r.probability("b", 0)).isZero();
        assertThat(r.probability("b", 1)).isCloseTo(0.5, fourStandardErrors(0.5));
        assertThat(r.probability("b", 2)).isEqualTo(1);
        assertThat(r.probability("c", 1)).isZero();
        assertThat(r.meanOnsetMinute("b").getAsDouble()).isCloseTo(25, within(4 * 15 / Math.sqrt(RUNS)));
        assertThat(r.asset("b").byHorizon()).containsExactly(0.0, r.probability("b", 1), 1.0);
        // and the blast radius by 15 is a and b or a alone; by 60 all three
        BlastRadius by15 = r.blastRadius(1);
        assertThat(by15.histogram()).extracting(BlastRadiusCount::assets).containsExactly(1, 2);
        assertThat(by15.mean()).isCloseTo(1.5, fourStandardErrors(0.5));
        assertThat(r.blastRadius(2).histogram()).containsExactly(new BlastRadiusCount(3, RUNS));
        assertThat(r.blastRadiusEver().horizonMinute()).isInfinite();
    }

    @Test
    void sureDependenciesGiveTheEnginesOnsetsInEveryRun() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .delay(30)
                .link("b", "c")
                .delay(12.5)
                .link("x", "c")
                .graph();

        MonteCarloResult r = monteCarlo.run(g, List.of(failed("a", 2)), 50, 1);

        assertThat(r.meanOnsetMinute("c")).hasValue(44.5);
        assertThat(r.probabilityEver("x")).isZero();
        assertThat(r.meanOnsetMinute("x")).isEmpty();
        assertThat(r.assets()).extracting(AssetFailureProbability::assetId).containsExactly("a", "b", "c");
        assertThat(r.blastRadiusEver().histogram()).containsExactly(new BlastRadiusCount(3, 50));
    }

    @Test
    void theSameSeedGivesTheSameResultWithOneThreadOrFour() {
        // given a random graph with groups and cycles
        RandomGraphs random = new RandomGraphs(11);
        CascadeGraph g = random.graph();
        List<StartCondition> start = random.randomStart();
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            // when
            MonteCarloResult one =
                    MonteCarloCascade.sequential(RandomGraphs.SETTINGS).run(g, start, 3_001, 99);
            MonteCarloResult parallel = new MonteCarloCascade(RandomGraphs.SETTINGS, four).run(g, start, 3_001, 99);

            // then
            assertThat(parallel.assets()).isEqualTo(one.assets());
            for (int h = 0; h < one.horizons().size(); h++) {
                assertThat(parallel.blastRadius(h)).isEqualTo(one.blastRadius(h));
            }
            assertThat(parallel.blastRadiusEver()).isEqualTo(one.blastRadiusEver());
        } finally {
            four.shutdown();
        }
    }

    @Test
    void differentSeedsDrawDifferentRuns() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.5)
                .link("b", "c")
                .likelihood(0.5)
                .graph();

        MonteCarloResult one = monteCarlo.run(g, List.of(failed("a", 0)), 1_000, 1);
        MonteCarloResult other = monteCarlo.run(g, List.of(failed("a", 0)), 1_000, 2);

        assertThat(other.assets()).isNotEqualTo(one.assets());
        assertThat(other.seed()).isEqualTo(2);
    }

    @Test
    void runDrawsAreSplittableRandomNumbersTakenAtTheirIndex() {
        // given the stream SplittableRandom gives for seed 5
        SplittableRandom seeds = new SplittableRandom(5);
        long run0 = seeds.nextLong();
        long run1 = seeds.nextLong();
        SplittableRandom draws = new SplittableRandom(run1);

        // then run 1's seed and its first three edges' draws are those numbers
        assertThat(RunStreams.runSeed(5, 0)).isEqualTo(run0);
        assertThat(RunStreams.runSeed(5, 1)).isEqualTo(run1);
        for (int edge = 0; edge < 3; edge++) {
            assertThat(RunStreams.uniform(run1, edge)).isEqualTo(draws.nextDouble());
        }
    }

    @Test
    void presenceBoundsSayWhatComparingTheDrawWithTheLikelihoodSays() {
        // given likelihoods at awkward places, and a draw just each side of every bound
        double[] likelihoods = {0.5, 0.1, 1e-17, 0.3, 1 - 1e-16, 0.95};
        TestGraph t = TestGraph.create();
        for (int i = 0; i < likelihoods.length; i++) {
            t.link("a", "b" + i).likelihood(likelihoods[i]);
        }
        long[] bounds = RunStreams.presenceBounds(t.graph());

        for (int e = 0; e < likelihoods.length; e++) {
            for (long bits : new long[] {bounds[e] - 1, bounds[e], Math.max(0, bounds[e] - 2)}) {
                boolean byDouble = bits * 0x1.0p-53 < likelihoods[e];
                assertThat(bits < bounds[e])
                        .as("p " + likelihoods[e] + ", bits " + bits)
                        .isEqualTo(byDouble);
            }
        }
    }

    @Test
    void isolationBlocksInEveryRunAndRestoresAreRefused() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .delay(30)
                .likelihood(0.9)
                .link("b", "c")
                .graph();
        List<StartCondition> start = List.of(failed("a", 0));

        MonteCarloResult isolated = monteCarlo.run(g, start, List.of(new Mitigation.Isolate("b", 20)), 500, 1);

        assertThat(isolated.probabilityEver("b")).isZero();
        assertThat(isolated.probabilityEver("c")).isZero();
        assertThatThrownBy(() -> monteCarlo.run(g, start, List.of(new Mitigation.Restore("a", 60)), 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("restores");
        assertThatThrownBy(() -> monteCarlo.run(g, start, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blastRadiusPercentilesAreNearestRanks() {
        BlastRadius radius = new BlastRadius(
                60,
                10,
                2.6,
                List.of(new BlastRadiusCount(1, 2), new BlastRadiusCount(2, 3), new BlastRadiusCount(5, 5)));

        assertThat(radius.min()).isEqualTo(1);
        assertThat(radius.percentile(0.2)).isEqualTo(1);
        assertThat(radius.percentile(0.21)).isEqualTo(2);
        assertThat(radius.median()).isEqualTo(2);
        assertThat(radius.percentile(0.51)).isEqualTo(5);
        assertThat(radius.max()).isEqualTo(5);
    }

    private static org.assertj.core.data.Offset<Double> fourStandardErrors(double p) {
        return within(4 * Math.sqrt(p * (1 - p) / RUNS));
    }
}
