package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigil.core.cascade.Observation.at;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** "These assets show incidents: whose failure explains them?", on hand-made graphs. */
class RootCauseDiagnosisTest {

    private final RootCauseDiagnosis diagnosis = new RootCauseDiagnosis();

    @Test
    void theCommonAncestorOfTwoObservedLeavesRanksFirst() {
        // given a data centre hosting a server with two apps, each with a leaf service
        CascadeGraph g = TestGraph.create()
                .link("dc", "server")
                .likelihood(0.95)
                .link("server", "app-1")
                .likelihood(0.9)
                .link("server", "app-2")
                .likelihood(0.9)
                .link("app-1", "leaf-1")
                .likelihood(0.9)
                .link("app-2", "leaf-2")
                .likelihood(0.9)
                .link("dc", "mail")
                .graph();

        // when both leaves show incidents
        Diagnosis d = diagnosis.diagnose(g, List.of(Observation.of("leaf-1"), Observation.of("leaf-2")));

        // then the server explains both with 0.81 each; the data centre too, but less likely and
        // with an unseen server and mail outage; a leaf explains itself only, an app one leaf
        assertThat(d.rankedAssetIds()).first().isEqualTo("server");
        assertThat(d.rankedAssetIds()).containsExactly("server", "dc", "leaf-1", "leaf-2", "app-1", "app-2");
        RootCauseCandidate server = d.candidates().get(0);
        assertThat(server.explained()).containsExactly("leaf-1", "leaf-2");
        assertThat(server.unexplained()).isEmpty();
        double expected = 2 * Math.log(0.01 + 0.99 * 0.81)
                + Math.log(1 - 0.1) // the server itself, unseen
                + 2 * Math.log(1 - 0.1 * 0.9); // both apps, unseen
        assertThat(server.score()).isCloseTo(expected, within(1e-12));
        assertThat(d.candidates()).extracting(RootCauseCandidate::posterior).allMatch(p -> p > 0 && p <= 1);
        assertThat(d.candidates().stream()
                        .mapToDouble(RootCauseCandidate::posterior)
                        .sum())
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void aCandidateThatExplainsOnlyOneObservationRanksBelowOneThatExplainsBoth() {
        // given y would explain o-1 better than x, but not o-2
        CascadeGraph g = TestGraph.create()
                .link("x", "o-1")
                .likelihood(0.7)
                .link("x", "o-2")
                .likelihood(0.7)
                .link("y", "o-1")
                .likelihood(0.99)
                .graph();

        Diagnosis d = diagnosis.diagnose(g, List.of(Observation.of("o-1"), Observation.of("o-2")));

        assertThat(d.rankedAssetIds()).containsSubsequence("x", "y");
        assertThat(d.candidate("y").orElseThrow().unexplained()).containsExactly("o-2");
        assertThat(d.candidate("y").orElseThrow().score()).isLessThan(Math.log(0.01) + 1e-9);
    }

    @Test
    void equallyGoodCandidatesComeByAssetId() {
        // given two identical suppliers, added b first
        CascadeGraph g = TestGraph.create()
                .link("supplier-b", "o-1")
                .likelihood(0.8)
                .link("supplier-b", "o-2")
                .likelihood(0.6)
                .link("supplier-a", "o-2")
                .likelihood(0.8)
                .link("supplier-a", "o-1")
                .likelihood(0.6)
                .graph();

        Diagnosis d = diagnosis.diagnose(g, List.of(Observation.of("o-1"), Observation.of("o-2")));

        assertThat(d.rankedAssetIds()).containsExactly("supplier-a", "supplier-b", "o-1", "o-2");
        assertThat(d.candidates().get(0).score())
                .isEqualTo(d.candidates().get(1).score());
    }

    @Test
    void observationTimesFavourTheCandidateThatReachesThemInTheOrderTheyWereSeen() {
        // given p reaches a at once and b after an hour; q the other way round
        CascadeGraph g = TestGraph.create()
                .link("p", "a")
                .link("p", "b")
                .delay(60)
                .link("q", "a")
                .delay(60)
                .link("q", "b")
                .graph();

        // when a is seen at 100 and b at 160
        Diagnosis d = diagnosis.diagnose(g, List.of(at("a", 100), at("b", 160)));

        // then p fits exactly, failing at 100; q must have failed by 40 for a and sees b 120 minutes late
        assertThat(d.rankedAssetIds()).containsSubsequence("p", "q");
        RootCauseCandidate p = d.candidate("p").orElseThrow();
        assertThat(p.failureMinute()).isEqualTo(100);
        assertThat(p.score()).isCloseTo(Math.log(1 - 0.1), within(1e-12));
        RootCauseCandidate q = d.candidate("q").orElseThrow();
        assertThat(q.failureMinute()).isEqualTo(40);
        assertThat(q.score()).isCloseTo(Math.log(0.01 + 0.99 * Math.exp(-120 / 30.0)) + Math.log(0.9), within(1e-12));
        assertThat(d.nowMinute()).isEqualTo(160);
    }

    @Test
    void anObservationSeenBeforeTheCandidateCouldReachItPullsTheFailureEarlierAtTheCostOfALag() {
        // given r reaches b 60 minutes after a
        CascadeGraph g =
                TestGraph.create().link("r", "a").link("r", "b").delay(60).graph();
        List<Observation> seen = List.of(at("a", 30), at("b", 0));

        // when b is seen first
        Diagnosis d = diagnosis.diagnose(g, seen);

        // then failing at 30 for a, r cannot explain b, seen at 0; failing at -60 for b, it
        // explains a as well, seen 90 minutes late, which is the better fit
        ObservedSet observed = new ObservedSet(g, seen, OptionalDouble.empty());
        CandidateFit r = new CandidateFit(g, observed, DiagnosisSettings.DEFAULTS, g.requireIndex("r"));
        assertThat(r.scoreAt(30)).isCloseTo(Math.log(0.01) + Math.log(0.9), within(1e-12));
        RootCauseCandidate best = d.candidate("r").orElseThrow();
        assertThat(best.failureMinute()).isEqualTo(-60);
        assertThat(best.explained()).containsExactly("a", "b");
        assertThat(best.score()).isCloseTo(Math.log(0.01 + 0.99 * Math.exp(-90 / 30.0)) + Math.log(0.9), within(1e-12));
        assertThat(d.rankedAssetIds()).containsExactly("r", "a", "b");
    }

    @Test
    void eachCandidatePredictsWhatComesNextOnTheObservationsClock() {
        // given r -> a -> b -> c, and r -> d
        CascadeGraph g = TestGraph.create()
                .link("r", "a")
                .delay(10)
                .link("a", "b")
                .delay(20)
                .likelihood(0.9)
                .link("b", "c")
                .delay(30)
                .link("r", "d")
                .delay(5)
                .graph();

        // when a is seen at minute 100
        Diagnosis d = diagnosis.diagnose(g, List.of(at("a", 100)));

        // then a explains itself and predicts b at 120 and c at 150; r failed at 90, and its
        // own incident and d's (at 95) are overdue
        RootCauseCandidate a = d.candidate("a").orElseThrow();
        assertThat(a.predictions())
                .extracting(PredictedImpact::assetId, PredictedImpact::onsetMinute, PredictedImpact::likelihood)
                .containsExactly(tuple("b", 120.0, 0.9), tuple("c", 150.0, 0.9));
        assertThat(a.overdue()).isEmpty();
        RootCauseCandidate r = d.candidate("r").orElseThrow();
        assertThat(r.failureMinute()).isEqualTo(90);
        assertThat(r.overdue()).extracting(PredictedImpact::assetId).containsExactly("r", "d");
        assertThat(r.predictions()).extracting(PredictedImpact::assetId).containsExactly("b", "c");
        assertThat(d.rankedAssetIds()).containsExactly("a", "r");
    }

    @Test
    void withoutTimesFailureMinutesAndPredictionsAreRelativeToNow() {
        CascadeGraph g = TestGraph.create()
                .link("r", "a")
                .delay(10)
                .link("a", "b")
                .delay(20)
                .graph();

        Diagnosis d = diagnosis.diagnose(g, List.of(Observation.of("a")));

        assertThat(d.nowMinute()).isZero();
        RootCauseCandidate r = d.candidate("r").orElseThrow();
        assertThat(r.failureMinute()).isEqualTo(-10);
        assertThat(r.predictions()).containsExactly(new PredictedImpact("b", 20, 1));
    }

    @Test
    void predictionListsAreCappedBySettings() {
        TestGraph t = TestGraph.create();
        for (int i = 0; i < 30; i++) {
            t.link("hub", String.format("leaf-%02d", i)).delay(i);
        }
        CascadeGraph g = t.graph();

        Diagnosis d = new RootCauseDiagnosis(DiagnosisSettings.DEFAULTS.withMaxPredictions(3))
                .diagnose(g, List.of(at("hub", 0)));

        assertThat(d.candidates().get(0).predictions())
                .extracting(PredictedImpact::assetId)
                .containsExactly("leaf-01", "leaf-02", "leaf-03");
        assertThat(d.candidates().get(0).overdue())
                .extracting(PredictedImpact::assetId)
                .containsExactly("leaf-00");
    }

    @Test
    void unknownAssetsAndEmptyObservationsAreRefused() {
        CascadeGraph g = TestGraph.create().link("a", "b").graph();

        assertThatThrownBy(() -> diagnosis.diagnose(g, List.of(Observation.of("nope"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> diagnosis.diagnose(g, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiagnosisSettings(0, 0.1, 30, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfTheGraphOrTheObservationsNorOnTheThreads() {
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            for (long seed = 1; seed <= 100; seed++) {
                // given the same graph built in two orders, and two to four observations
                RandomGraphs random = new RandomGraphs(seed);
                CascadeGraph g = random.graph();
                CascadeGraph shuffled = random.shuffledGraph();
                List<Observation> seen = new ArrayList<>();
                for (int i = 0; i < 2 + seed % 3; i++) {
                    seen.add(
                            random.randomBoolean()
                                    ? Observation.of(random.randomAsset())
                                    : at(random.randomAsset(), random.randomMinute(300)));
                }

                // when
                Diagnosis one = RootCauseDiagnosis.sequential(DiagnosisSettings.DEFAULTS)
                        .diagnose(g, seen, OptionalDouble.empty());
                Diagnosis other = new RootCauseDiagnosis(DiagnosisSettings.DEFAULTS, four)
                        .diagnose(shuffled, random.shuffled(seen));

                // then
                assertThat(other.candidates()).as("seed " + seed).hasSameSizeAs(one.candidates());
                for (int i = 0; i < one.candidates().size(); i++) {
                    RootCauseCandidate a = one.candidates().get(i);
                    RootCauseCandidate b = other.candidates().get(i);
                    String why = "seed " + seed + ", rank " + i;
                    assertThat(b.assetId()).as(why).isEqualTo(a.assetId());
                    assertThat(b.score()).as(why).isEqualTo(a.score());
                    assertThat(b.failureMinute()).as(why).isEqualTo(a.failureMinute());
                    assertThat(b.explained()).as(why).containsExactlyInAnyOrderElementsOf(a.explained());
                    assertThat(b.overdue()).as(why).isEqualTo(a.overdue());
                    assertThat(b.predictions()).as(why).isEqualTo(a.predictions());
                }
            }
        } finally {
            four.shutdown();
        }
    }
}
