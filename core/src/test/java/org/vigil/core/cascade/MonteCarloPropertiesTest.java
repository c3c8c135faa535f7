package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo against the deterministic engine over seeded random graphs (see {@link
 * RandomGraphs}; the seed is in every assertion message). A run keeps a subset of the
 * dependencies, so it can never hit an asset earlier than the engine, nor one the engine does not
 * hit; with every likelihood 1 it is the engine.
 */
class MonteCarloPropertiesTest {

    private static final int GRAPHS = 100;
    private static final int RUNS = 2_000;

    private final TimePhasedCascade cascade = TimePhasedCascade.sequential(RandomGraphs.SETTINGS);
    private final MonteCarloCascade monteCarlo = MonteCarloCascade.sequential(RandomGraphs.SETTINGS);

    @Test
    void noRunHitsAnAssetEarlierThanTheEngineOrOneTheEngineDoesNotHit() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            // given
            RandomGraphs random = new RandomGraphs(seed);
            CascadeGraph g = random.graph();
            List<StartCondition> start = random.randomStart();

            // when
            CascadeResult engine = cascade.propagate(g, start);
            MonteCarloResult sampled = monteCarlo.run(g, start, RUNS, seed);

            // then
            for (int a = 0; a < g.assetCount(); a++) {
                String id = g.assetId(a);
                String why = "seed " + seed + ", asset " + id;
                if (!engine.isImpacted(a)) {
                    assertThat(sampled.probabilityEver(id)).as(why).isZero();
                }
                for (int h = 0; h < sampled.horizons().size(); h++) {
                    if (sampled.horizons().get(h) < engine.onsetMinute(a)) {
                        assertThat(sampled.probability(id, h))
                                .as(why + ", horizon " + h)
                                .isZero();
                    }
                }
                if (sampled.probabilityEver(id) > 0) {
                    assertThat(sampled.meanOnsetMinute(id).getAsDouble())
                            .as(why)
                            .isGreaterThanOrEqualTo(engine.onsetMinute(a) - MonteCarloTally.ONSET_UNIT);
                }
            }
        }
    }

    @Test
    void theEnginesMostLikelyContributionIsALowerBoundOfTheProbabilityOfBeingHit() {
        // The most likely chain to an asset holding is one way of hitting it; chains into a group
        // share dependencies, which only makes all of them holding more likely (Harris' inequality).
        for (long seed = 1; seed <= GRAPHS; seed++) {
            RandomGraphs random = new RandomGraphs(seed);
            CascadeGraph g = random.graph();
            List<StartCondition> start = random.randomStart();

            CascadeResult engine = cascade.propagate(g, start);
            MonteCarloResult sampled = monteCarlo.run(g, start, RUNS, seed);

            for (int a = 0; a < g.assetCount(); a++) {
                String id = g.assetId(a);
                double p = engine.likelihood(a);
                double fourStandardErrors = 4 * Math.sqrt(p * (1 - p) / RUNS);
                assertThat(sampled.probabilityEver(id))
                        .as("seed " + seed + ", asset " + id)
                        .isGreaterThanOrEqualTo(p - fourStandardErrors - 1e-12);
            }
        }
    }

    @Test
    void withEveryLikelihoodOneEveryRunIsTheEngine() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            // given the random graph with every likely dependency made certain
            RandomGraphs random = new RandomGraphs(seed);
            List<TestGraph.Link> certain = random.links.stream()
                    .map(l -> new TestGraph.Link(
                            l.from(),
                            l.to(),
                            l.likelihood() > 0 ? 1 : 0,
                            l.delay(),
                            l.growth(),
                            l.ramp(),
                            l.maxImpact(),
                            l.group()))
                    .toList();
            CascadeGraph g = TestGraph.build(random.organisations, random.assets, certain);
            List<StartCondition> start = random.randomStart();

            // when
            CascadeResult engine = cascade.propagate(g, start);
            MonteCarloResult sampled = monteCarlo.run(g, start, 3, seed);

            // then
            for (int a = 0; a < g.assetCount(); a++) {
                String id = g.assetId(a);
                String why = "seed " + seed + ", asset " + id;
                assertThat(sampled.probabilityEver(id)).as(why).isEqualTo(engine.isImpacted(a) ? 1.0 : 0.0);
                if (engine.isImpacted(a)) {
                    assertThat(sampled.meanOnsetMinute(id).getAsDouble())
                            .as(why)
                            .isCloseTo(
                                    engine.onsetMinute(a),
                                    org.assertj.core.api.Assertions.within(MonteCarloTally.ONSET_UNIT));
                }
            }
            assertThat(sampled.blastRadiusEver().histogram())
                    .as("seed " + seed)
                    .containsExactly(new BlastRadiusCount(engine.impactedCount(), 3));
        }
    }
}
