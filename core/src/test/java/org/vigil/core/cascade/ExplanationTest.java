package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigil.core.cascade.StartCondition.failed;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Why is this asset hit?": the most likely chains from the start set, ranked. */
class ExplanationTest {

    private final TimePhasedCascade cascade = new TimePhasedCascade();

    @Test
    void pathsComeMostLikelyFirstWithTheirHopsArrivalsAndLikelihoods() {
        // given a diamond: a -> b -> d is fast but unlikely, a -> c -> d slow but likely
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
                .link("c", "d")
                .likelihood(0.9)
                .delay(5)
                .graph();
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 2)));

        // when
        List<ExplanationPath> paths = r.explain("d", 5);

        // then 0.9 × 0.9 first, arriving 2 + 30 + 5; then 0.5 × 0.5, arriving 2 + 10 + 10
        assertThat(paths)
                .extracting(ExplanationPath::assetIds)
                .containsExactly(List.of("a", "c", "d"), List.of("a", "b", "d"));
        ExplanationPath best = paths.get(0);
        assertThat(best.likelihood()).isCloseTo(0.81, within(1e-12));
        assertThat(best.startAssetId()).isEqualTo("a");
        assertThat(best.startMinute()).isEqualTo(2);
        assertThat(best.hops())
                .extracting(Hop::fromId, Hop::toId, Hop::likelihood, Hop::arrivalMinute)
                .containsExactly(tuple("a", "c", 0.9, 32.0), tuple("c", "d", 0.9, 37.0));
        assertThat(paths.get(1).likelihood()).isCloseTo(0.25, within(1e-12));
        assertThat(paths.get(1).arrivalMinute()).isEqualTo(22);
    }

    @Test
    void theBestPathHasTheAssetsLikelihoodAndKLimitsTheAnswer() {
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .likelihood(0.6)
                .link("a", "c")
                .likelihood(0.7)
                .link("b", "d")
                .likelihood(0.9)
                .link("c", "d")
                .likelihood(0.8)
                .graph();
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0)));

        List<ExplanationPath> paths = r.explain("d", 1);

        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).assetIds()).containsExactly("a", "c", "d");
        assertThat(paths.get(0).likelihood()).isEqualTo(r.likelihood("d"));
    }

    @Test
    void equallyLikelyPathsAreOrderedByAssetIdWhateverTheOrderTheyWereAddedIn() {
        TestGraph forwards = TestGraph.create()
                .link("a", "x")
                .likelihood(0.5)
                .link("x", "t")
                .likelihood(0.8)
                .link("a", "y")
                .likelihood(0.8)
                .link("y", "t")
                .likelihood(0.5);
        TestGraph backwards = TestGraph.create()
                .link("y", "t")
                .likelihood(0.5)
                .link("a", "y")
                .likelihood(0.8)
                .link("x", "t")
                .likelihood(0.8)
                .link("a", "x")
                .likelihood(0.5);

        for (TestGraph built : List.of(forwards, backwards)) {
            CascadeResult r = cascade.propagate(built.graph(), List.of(failed("a", 0)));

            assertThat(r.explain("t", 2))
                    .extracting(ExplanationPath::assetIds)
                    .containsExactly(List.of("a", "x", "t"), List.of("a", "y", "t"));
        }
    }

    @Test
    void aHopThroughARedundancyGroupCountsTheOtherMembersAndWaitsForThem() {
        CascadeGraph g = TestGraph.create()
                .link("a", "t")
                .likelihood(0.9)
                .delay(5)
                .group("pair")
                .link("b", "t")
                .likelihood(0.8)
                .delay(10)
                .group("pair")
                .graph();
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 0), failed("b", 30)));

        List<ExplanationPath> paths = r.explain("t", 3);

        // both paths are 0.9 × 0.8 (the other member must fail too) and arrive when b's does, at 40
        assertThat(paths).extracting(ExplanationPath::assetIds).containsExactly(List.of("a", "t"), List.of("b", "t"));
        assertThat(paths).allSatisfy(p -> {
            assertThat(p.likelihood()).isCloseTo(0.72, within(1e-12));
            assertThat(p.arrivalMinute()).isEqualTo(40);
            assertThat(p.hops().get(0).redundancyGroup()).isEqualTo(Optional.of("pair"));
        });
    }

    @Test
    void pathsStartAtTheFirstStartAssetAndNeverLoop() {
        // given a cycle a -> b -> c -> a with c -> d, and b failing
        CascadeGraph g = TestGraph.create()
                .link("a", "b")
                .link("b", "c")
                .link("c", "a")
                .link("c", "d")
                .graph();
        CascadeResult r = cascade.propagate(g, List.of(failed("b", 0)));

        assertThat(r.explain("d", 10)).extracting(ExplanationPath::assetIds).containsExactly(List.of("b", "c", "d"));
        assertThat(r.explain("a", 10)).extracting(ExplanationPath::assetIds).containsExactly(List.of("b", "c", "a"));
    }

    @Test
    void aStartAssetExplainsItselfAndAnUnharmedAssetHasNoExplanation() {
        CascadeGraph g = TestGraph.create().link("a", "b").asset("c", "org").graph();
        CascadeResult r = cascade.propagate(g, List.of(failed("a", 7)));

        List<ExplanationPath> own = r.explain("a", 3);

        assertThat(own).hasSize(1);
        assertThat(own.get(0).hops()).isEmpty();
        assertThat(own.get(0).likelihood()).isEqualTo(1);
        assertThat(own.get(0).arrivalMinute()).isEqualTo(7);
        assertThat(r.explain("c", 3)).isEmpty();
    }

    @Test
    void pathsFromSeveralStartAssetsAreRankedTogether() {
        CascadeGraph g = TestGraph.create()
                .link("s1", "x")
                .likelihood(0.5)
                .link("s2", "x")
                .likelihood(0.9)
                .link("s1", "s2")
                .likelihood(0.9)
                .graph();
        CascadeResult r = cascade.propagate(g, List.of(failed("s1", 0), failed("s2", 0)));

        // s1 -> s2 -> x passes another start asset, so it is not a separate explanation
        assertThat(r.explain("x", 5))
                .extracting(ExplanationPath::assetIds, ExplanationPath::likelihood)
                .containsExactly(tuple(List.of("s2", "x"), 0.9), tuple(List.of("s1", "x"), 0.5));
    }
}
