package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Which assets matter most, on graphs small enough to work out by hand (criticality 3 is weight 0.6). */
class CriticalityAnalysisTest {

    private static final double EXACT = 1e-12;
    private static final int ONE_HOUR = 1;

    private final CriticalityAnalysis analysis = new CriticalityAnalysis();

    @Test
    void theHubHasTheLargestExpectedImpactAndTheLeafTheSmallest() {
        // given
        CascadeGraph g = TestGraph.create()
                .link("hub", "a")
                .likelihood(0.9)
                .link("hub", "b")
                .likelihood(0.8)
                .link("hub", "c")
                .maxImpact(0.5)
                .link("a", "leaf")
                .link("b", "leaf")
                .likelihood(0.5)
                .link("c", "leaf")
                .delay(30)
                .graph();

        // when
        List<AssetExpectedImpact> ranked = analysis.expectedImpacts(g, ONE_HOUR);

        // then hub: itself 0.6, a 0.9 × 0.6, b 0.8 × 0.6, c 1 × 0.5 × 0.6, leaf 1 × 1 × 0.6;
        // a and c: themselves and the leaf; b: itself and half the leaf; the leaf only itself
        assertThat(ranked)
                .extracting(AssetExpectedImpact::assetId, AssetExpectedImpact::assetsHit)
                .containsExactly(tuple("hub", 5), tuple("a", 2), tuple("c", 2), tuple("b", 2), tuple("leaf", 1));
        assertThat(ranked)
                .extracting(AssetExpectedImpact::expectedImpact)
                .usingComparatorForType((x, y) -> Math.abs(x - y) < EXACT ? 0 : Double.compare(x, y), Double.class)
                .containsExactly(0.6 + 0.54 + 0.48 + 0.3 + 0.6, 1.2, 1.2, 0.9, 0.6);
    }

    @Test
    void expectedImpactCountsOnlyWhatArrivesByTheHorizonAndWeighsItByCriticality() {
        // given b critical (weight 1) but two hours away, c of criticality 1 (0.2) at once
        CascadeGraph g = TestGraph.create()
                .criticality("b", 5)
                .criticality("c", 1)
                .link("a", "b")
                .delay(120)
                .link("a", "c")
                .graph();

        // then by one hour a costs itself and c, less than b alone; by four hours b as well
        List<AssetExpectedImpact> byOneHour = analysis.expectedImpacts(g, ONE_HOUR);
        assertThat(byOneHour).extracting(AssetExpectedImpact::assetId).containsExactly("b", "a", "c");
        assertThat(byOneHour.get(1).expectedImpact()).isCloseTo(0.6 + 0.2, within(EXACT));
        List<AssetExpectedImpact> byFourHours = analysis.expectedImpacts(g, 2);
        assertThat(byFourHours.get(0).assetId()).isEqualTo("a");
        assertThat(byFourHours.get(0).expectedImpact()).isCloseTo(0.6 + 0.2 + 1, within(EXACT));
    }

    @Test
    void aBridgeCarriesEveryChainFromOneSideToTheOther() {
        // given l-1 (criticality 5) and l-2 (3) reach r-1 and r-2 only through the bridge
        CascadeGraph g = TestGraph.create()
                .criticality("l-1", 5)
                .link("l-1", "bridge")
                .link("l-2", "bridge")
                .link("bridge", "r-1")
                .link("bridge", "r-2")
                .graph();

        // when
        List<AssetBetweenness> ranked = analysis.betweenness(g);

        // then sources weighted by criticality: l-1 two targets × 1, l-2 two × 0.6
        assertThat(ranked.get(0).assetId()).isEqualTo("bridge");
        assertThat(ranked.get(0).betweenness()).isCloseTo(2 * 1.0 + 2 * 0.6, within(EXACT));
        assertThat(ranked.subList(1, 5))
                .extracting(AssetBetweenness::betweenness)
                .containsOnly(0.0);
    }

    @Test
    void theMostLikelyChainCountsNotTheShortest() {
        // given s -> t directly with 0.5, or through m with 0.9 × 0.9
        CascadeGraph likelyDetour = TestGraph.create()
                .link("s", "t")
                .likelihood(0.5)
                .link("s", "m")
                .likelihood(0.9)
                .link("m", "t")
                .likelihood(0.9)
                .graph();
        CascadeGraph likelyDirect = TestGraph.create()
                .link("s", "t")
                .likelihood(0.9)
                .link("s", "m")
                .likelihood(0.9)
                .link("m", "t")
                .likelihood(0.9)
                .graph();

        assertThat(betweennessOf(analysis.betweenness(likelyDetour), "m")).isCloseTo(0.6, within(EXACT));
        assertThat(betweennessOf(analysis.betweenness(likelyDirect), "m")).isZero();
    }

    @Test
    void equallyLikelyChainsShareTheSourcesWeight() {
        CascadeGraph g = TestGraph.create()
                .link("s", "x")
                .likelihood(0.8)
                .link("x", "t")
                .likelihood(0.5)
                .link("s", "y")
                .likelihood(0.5)
                .link("y", "t")
                .likelihood(0.8)
                .graph();

        List<AssetBetweenness> ranked = analysis.betweenness(g);

        // 0.8 × 0.5 either way: half of s's 0.6 each
        assertThat(betweennessOf(ranked, "x")).isCloseTo(0.3, within(EXACT));
        assertThat(betweennessOf(ranked, "y")).isCloseTo(0.3, within(EXACT));
    }

    @Test
    void withCertainDependenciesAndEqualRisksItIsPlainBetweennessCyclesIncluded() {
        // given a -> b -> c -> d, and b -> a back
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .link("b", "c")
                .link("c", "d")
                .link("b", "a")
                .graph();
        Map<String, Double> everyone = Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 1.0);

        // then b lies on a-c, a-d; c on a-d, b-d; a on nothing (b -> a is a dead end)
        List<AssetBetweenness> plain = analysis.betweenness(g, everyone);
        assertThat(betweennessOf(plain, "b")).isEqualTo(2);
        assertThat(betweennessOf(plain, "c")).isEqualTo(2);
        assertThat(betweennessOf(plain, "a")).isZero();
        // and with a the only risky source, only a's chains count
        List<AssetBetweenness> fromA = analysis.betweenness(g, Map.of("a", 1.0));
        assertThat(betweennessOf(fromA, "b")).isEqualTo(2);
        assertThat(betweennessOf(fromA, "c")).isEqualTo(1);
    }

    @Test
    void theRiskiestChainsAreTheLikeliestToReachCriticalAssets() {
        // given a -> b -> c (0.9 each) ending at a criticality-5 asset, a -> d (0.95) at a criticality-1 one
        CascadeGraph g = TestGraph.create()
                .criticality("c", 5)
                .criticality("d", 1)
                .link("a", "b")
                .likelihood(0.9)
                .link("b", "c")
                .likelihood(0.9)
                .link("a", "d")
                .likelihood(0.95)
                .link("c", "a")
                .likelihood(0.1)
                .graph();

        // when
        List<DependencyChain> chains = analysis.riskiestChains(g, 3, 6);
        List<DependencyChain> oneHop = analysis.riskiestChains(g, 3, 1);

        // then b-c 0.9 × 1, a-b-c 0.81 × 1, a-b 0.9 × 0.6; with one hop a-d 0.95 × 0.2 is third
        assertThat(chains)
                .extracting(DependencyChain::assetIds, DependencyChain::endCriticality)
                .containsExactly(
                        tuple(List.of("b", "c"), 5), tuple(List.of("a", "b", "c"), 5), tuple(List.of("a", "b"), 3));
        assertThat(chains.get(1).likelihood()).isCloseTo(0.81, within(EXACT));
        assertThat(chains.get(2).risk()).isCloseTo(0.54, within(EXACT));
        assertThat(oneHop)
                .extracting(DependencyChain::assetIds)
                .containsExactly(List.of("b", "c"), List.of("a", "b"), List.of("a", "d"));
    }

    @Test
    void aChainThroughARedundancyGroupNeedsEveryAlternativeToPassItOn() {
        CascadeGraph g = TestGraph.create()
                .link("x", "t")
                .likelihood(0.9)
                .group("pair")
                .link("y", "t")
                .likelihood(0.8)
                .group("pair")
                .graph();

        List<DependencyChain> chains = analysis.riskiestChains(g, 5, 3);

        assertThat(chains).extracting(DependencyChain::assetIds).containsExactly(List.of("x", "t"), List.of("y", "t"));
        assertThat(chains).extracting(DependencyChain::likelihood).containsOnly(0.8 * 0.9);
    }

    @Test
    void theReportHoldsAllThreeRankings() {
        CascadeGraph g = TestGraph.create().link("a", "b").link("b", "c").graph();

        CriticalityReport report = analysis.report(g, ONE_HOUR, 2);

        assertThat(report.horizonMinute()).isEqualTo(60);
        assertThat(report.expectedImpacts())
                .extracting(AssetExpectedImpact::assetId)
                .containsExactly("a", "b", "c");
        assertThat(report.betweenness().get(0).assetId()).isEqualTo("b");
        assertThat(report.riskiestChains()).hasSize(2);
    }

    @Test
    void rankingsDoNotDependOnTheNumberOfThreads() {
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            CriticalityAnalysis sequential = CriticalityAnalysis.sequential(RandomGraphs.SETTINGS);
            CriticalityAnalysis parallel = new CriticalityAnalysis(RandomGraphs.SETTINGS, four);
            for (long seed = 1; seed <= 50; seed++) {
                CascadeGraph g = new RandomGraphs(seed).graph();

                assertThat(parallel.betweenness(g)).as("seed " + seed).isEqualTo(sequential.betweenness(g));
                assertThat(parallel.expectedImpacts(g, 5))
                        .as("seed " + seed)
                        .isEqualTo(sequential.expectedImpacts(g, 5));
            }
        } finally {
            four.shutdown();
        }
    }

    private static double betweennessOf(List<AssetBetweenness> ranked, String assetId) {
        return ranked.stream()
                .filter(b -> b.assetId().equals(assetId))
                .findFirst()
                .orElseThrow()
                .betweenness();
    }
}
