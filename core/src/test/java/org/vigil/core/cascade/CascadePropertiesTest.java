package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.cascade.StartCondition.failed;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties over 200 seeded random graphs each (cycles, groups, inert dependencies and all three
 * growth curves included). The seed is in every assertion message: {@code new RandomGraphs(seed)}
 * rebuilds the failing case.
 */
class CascadePropertiesTest {

    private static final int GRAPHS = 200;
    /** Products of the same factors in another order may differ in the last bits. */
    private static final double ROUNDING = 1e-12;

    private final TimePhasedCascade cascade = TimePhasedCascade.sequential(RandomGraphs.SETTINGS);

    @Test
    void hittingOneMoreAssetNeverLowersAnImpactLikelihoodOrLevelNorDelaysAnOnset() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            // given
            RandomGraphs random = new RandomGraphs(seed);
            CascadeGraph g = random.graph();
            List<StartCondition> start = random.randomStart();
            List<StartCondition> more = new ArrayList<>(start);
            more.add(failed(random.randomAsset(), random.randomMinute(120)));

            // when
            CascadeResult before = cascade.propagate(g, start);
            CascadeResult after = cascade.propagate(g, more);

            // then
            for (int a = 0; a < g.assetCount(); a++) {
                String why = "seed " + seed + ", asset " + g.assetId(a);
                assertThat(after.onsetMinute(a)).as(why).isLessThanOrEqualTo(before.onsetMinute(a));
                assertThat(after.likelihood(a)).as(why).isGreaterThanOrEqualTo(before.likelihood(a) - ROUNDING);
                assertThat(after.level(a)).as(why).isGreaterThanOrEqualTo(before.level(a));
                for (int h = 0; h < before.horizons().size(); h++) {
                    assertThat(after.impact(a, h))
                            .as(why + ", horizon " + h)
                            .isGreaterThanOrEqualTo(before.impact(a, h) - ROUNDING);
                }
            }
        }
    }

    @Test
    void addingARedundantSupplierNeverRaisesAnImpact() {
        int tried = 0;
        for (long seed = 1; seed <= GRAPHS; seed++) {
            // given a dependency of the graph and another asset as its alternative
            RandomGraphs random = new RandomGraphs(seed);
            TestGraph.Link link = random.randomLinkOfGraph();
            if (link == null) {
                continue;
            }
            tried++;
            CascadeGraph g = random.graph();
            List<StartCondition> start = random.randomStart();
            double switchMinute = random.randomBoolean() ? 0 : random.randomMinute(300);
            Mitigation alternative =
                    new Mitigation.RedundantSupplier(link.to(), link.from(), random.randomAsset(), switchMinute);

            // when
            CascadeResult before = cascade.propagate(g, start);
            CascadeResult after = cascade.propagate(g, start, List.of(alternative));

            // then
            for (int a = 0; a < g.assetCount(); a++) {
                String why = "seed " + seed + ", " + alternative + ", asset " + g.assetId(a);
                assertThat(after.onsetMinute(a)).as(why).isGreaterThanOrEqualTo(before.onsetMinute(a));
                assertThat(after.likelihood(a)).as(why).isLessThanOrEqualTo(before.likelihood(a) + ROUNDING);
                assertThat(after.level(a)).as(why).isLessThanOrEqualTo(before.level(a));
                for (int h = 0; h < before.horizons().size(); h++) {
                    assertThat(after.impact(a, h))
                            .as(why + ", horizon " + h)
                            .isLessThanOrEqualTo(before.impact(a, h) + ROUNDING);
                }
            }
        }
        assertThat(tried).isGreaterThan(GRAPHS * 3 / 4);
    }

    @Test
    void resultsPerAssetDoNotDependOnTheOrderAssetsAndDependenciesWereAddedIn() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            // given the same graph built twice in different orders
            RandomGraphs random = new RandomGraphs(seed);
            CascadeGraph g = random.graph();
            CascadeGraph shuffled = random.shuffledGraph();
            List<StartCondition> start = random.randomStart();

            // when
            CascadeResult one = cascade.propagate(g, start);
            CascadeResult other = cascade.propagate(shuffled, random.shuffled(start));

            // then every value per asset id is the same, bit for bit
            for (int a = 0; a < g.assetCount(); a++) {
                String id = g.assetId(a);
                String why = "seed " + seed + ", asset " + id;
                assertThat(other.onsetMinute(id)).as(why).isEqualTo(one.onsetMinute(id));
                assertThat(other.likelihood(id)).as(why).isEqualTo(one.likelihood(id));
                assertThat(other.level(id)).as(why).isEqualTo(one.level(id));
                assertThat(TimePhasedCascadeTest.horizonImpacts(other, id))
                        .as(why)
                        .isEqualTo(TimePhasedCascadeTest.horizonImpacts(one, id));
                assertThat(other.explain(id, 3)).as(why).isEqualTo(one.explain(id, 3));
            }
            assertThat(ContinuityReport.of(other)).as("seed " + seed).isEqualTo(ContinuityReport.of(one));
        }
    }

    @Test
    void valuesStayInRangeAndTheBestExplanationMatchesTheLikelihood() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            RandomGraphs random = new RandomGraphs(seed);
            CascadeGraph g = random.graph();
            CascadeResult r = cascade.propagate(g, random.randomStart());

            for (int a = 0; a < g.assetCount(); a++) {
                String why = "seed " + seed + ", asset " + g.assetId(a);
                boolean hit = r.isImpacted(a);
                assertThat(r.likelihood(a) > 0).as(why).isEqualTo(hit);
                assertThat(r.level(a) > 0).as(why).isEqualTo(hit);
                assertThat(r.likelihood(a)).as(why).isBetween(0.0, 1.0);
                assertThat(r.level(a)).as(why).isBetween(0.0, 1.0);
                for (int h = 0; h < r.horizons().size(); h++) {
                    assertThat(r.impact(a, h)).as(why).isBetween(0.0, r.level(a));
                    if (r.horizons().get(h) < r.onsetMinute(a)) {
                        assertThat(r.impact(a, h)).as(why).isZero();
                    }
                }
                if (hit) {
                    ExplanationPath best = r.explain(g.assetId(a), 1).get(0);
                    assertThat(best.likelihood())
                            .as(why)
                            .isCloseTo(r.likelihood(a), org.assertj.core.api.Assertions.within(ROUNDING));
                    assertThat(best.arrivalMinute()).as(why).isGreaterThanOrEqualTo(r.onsetMinute(a));
                }
            }
        }
    }

    @Test
    void theParallelAndTheSequentialEngineAgree() {
        TimePhasedCascade parallel = new TimePhasedCascade(RandomGraphs.SETTINGS);
        for (long seed = 1; seed <= GRAPHS; seed++) {
            RandomGraphs random = new RandomGraphs(seed);
            CascadeGraph g = random.graph();
            List<StartCondition> start = random.randomStart();

            CascadeResult one = cascade.propagate(g, start);
            CascadeResult other = parallel.propagate(g, start);

            for (int a = 0; a < g.assetCount(); a++) {
                String why = "seed " + seed + ", asset " + g.assetId(a);
                assertThat(other.onsetMinute(a)).as(why).isEqualTo(one.onsetMinute(a));
                assertThat(other.likelihood(a)).as(why).isEqualTo(one.likelihood(a));
                assertThat(other.level(a)).as(why).isEqualTo(one.level(a));
            }
        }
    }
}
