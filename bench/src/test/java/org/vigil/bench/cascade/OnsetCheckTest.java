package org.vigil.bench.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.TimePhasedCascade;

/** The benchmark's own check, on graphs small enough to run in a test. */
class OnsetCheckTest {

    @TempDir
    Path folder;

    @Test
    void onAGridWithoutRedundancyEveryOnsetEqualsJGraphTsDistance() throws IOException {
        // given a 12 x 12 lattice as an edge list, imported like the Western grid, delays drawn with a seed
        StringBuilder edges = new StringBuilder();
        for (int row = 0; row < 12; row++) {
            for (int column = 0; column < 12; column++) {
                int node = row * 12 + column;
                if (column < 11) {
                    edges.append(node).append(',').append(node + 1).append('\n');
                }
                if (row < 11) {
                    edges.append(node).append(',').append(node + 12).append('\n');
                }
            }
        }
        Path file = Files.writeString(folder.resolve("lattice.csv"), edges);
        CascadeGraph graph = WesternGrid.load(file, 7);
        List<Integer> start = Workload.randomStartSet(graph, 3, 11);

        // when
        OnsetCheck.Outcome outcome = check(graph, start);

        // then all 144 hit (the lattice is connected), and at the same minute in both
        assertThat(graph.dependencyCount()).isEqualTo(2 * 264);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.reached()).isEqualTo(144);
        assertThat(outcome.equal()).isEqualTo(144);
        assertThat(outcome.throughGroups()).isZero();
    }

    @Test
    void onATinyGeneratedModelOnsetsEqualJGraphTsDistancesExceptBehindRedundancyGroups() {
        // given the generated model's shape at 500 assets, redundancy groups included
        CascadeGraph graph = GeneratedModel.generate(500, 2_000, 42);
        List<Integer> start = Workload.randomStartSet(graph, 10, 43);

        // when
        OnsetCheck.Outcome outcome = check(graph, start);

        // then
        assertThat(graph.assetCount()).isEqualTo(500);
        assertThat(graph.dependencyCount()).isEqualTo(2_000);
        assertThat(graph.groupCount()).isPositive();
        assertThat(outcome.passed()).as(outcome.describe()).isTrue();
        assertThat(outcome.reached()).isGreaterThan(250);
        assertThat(outcome.equal() + outcome.throughGroups()).isEqualTo(500);
        assertThat(outcome.throughGroups()).isPositive();
    }

    @Test
    void withoutItsGroupEdgesTheGeneratedModelsOnsetsEqualJGraphTsDistancesEverywhere() {
        // given the same model without the members of its redundancy groups
        CascadeGraph graph = GeneratedModel.generate(500, 2_000, 42);
        CascadeGraph plain = OnsetCheck.withoutGroupEdges(graph);
        List<Integer> start = Workload.randomStartSet(graph, 10, 43);

        // when
        OnsetCheck.Outcome outcome = check(plain, start);

        // then
        assertThat(plain.groupCount()).isZero();
        assertThat(plain.assetId(123)).isEqualTo(graph.assetId(123));
        assertThat(outcome.passed()).as(outcome.describe()).isTrue();
        assertThat(outcome.equal()).isEqualTo(500);
    }

    @Test
    void anOnsetThatDiffersFromJGraphTsDistanceFailsTheCheck() {
        // given
        double inf = Double.POSITIVE_INFINITY;
        double[] distances = {0, 5, 12, inf};

        // when
        OnsetCheck.Outcome outcome = OnsetCheck.compare(new double[] {0, 5, 12.000001, inf}, distances, distances);

        // then
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.mismatches())
                .containsExactly("asset 2: onset 12.000001, JGraphT 12.0 (12.0 without group edges)");
        assertThat(outcome.describe()).startsWith("FAILED: 1 of 4 assets");
    }

    @Test
    void anOnsetOutsideTheBoundsOfTheTwoDistancesFailsTheCheck() {
        // given an asset reached through a group: JGraphT 3 as an OR, 9 without the group's edges
        double[] or = {0, 3};
        double[] withoutGroups = {0, 9};

        // then anything from 3 to 9 is possible for the engine, anything else is wrong
        assertThat(OnsetCheck.compare(new double[] {0, 7}, or, withoutGroups).passed())
                .isTrue();
        assertThat(OnsetCheck.compare(new double[] {0, 10}, or, withoutGroups).passed())
                .isFalse();
        assertThat(OnsetCheck.compare(new double[] {0, 2}, or, withoutGroups).passed())
                .isFalse();
    }

    @Test
    void theGeneratedModelIsTheSameForTheSameSeed() {
        CascadeGraph one = GeneratedModel.generate(300, 1_000, 5);
        CascadeGraph two = GeneratedModel.generate(300, 1_000, 5);

        assertThat(one.groupCount()).isEqualTo(two.groupCount());
        for (int e = 0; e < one.dependencyCount(); e++) {
            assertThat(two.source(e)).isEqualTo(one.source(e));
            assertThat(two.target(e)).isEqualTo(one.target(e));
            assertThat(two.delayMinutes(e)).isEqualTo(one.delayMinutes(e));
        }
    }

    /** What the benchmark does before timing: one run of each tool, compared. */
    private static OnsetCheck.Outcome check(CascadeGraph graph, List<Integer> start) {
        Workload workload = new Workload("test", graph, start, 0, 0);
        CascadeResult result = new TimePhasedCascade().propagate(graph, workload.startConditions(), List.of());
        double[] onsets = new double[graph.assetCount()];
        for (int a = 0; a < onsets.length; a++) {
            onsets[a] = result.onsetMinute(a);
        }
        JGraphTPeer peer = JGraphTPeer.of(graph, start);
        double[] distances = peer.distances();
        return OnsetCheck.compare(onsets, distances, peer.distancesWithoutGroups());
    }
}
