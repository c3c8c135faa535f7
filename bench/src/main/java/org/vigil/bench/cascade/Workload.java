package org.vigil.bench.cascade;

import java.util.List;
import java.util.Random;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.StartCondition;

/**
 * A graph to time both tools on, with its start set and what building it cost.
 *
 * @param name what the graph is, for the report
 * @param graph the engine's compact graph
 * @param startAssets the start set, as asset indexes: the same for Vigil and JGraphT
 * @param buildMillis reading or generating the graph and packing it (reported, not part of a timed run)
 * @param graphBytes heap the packed graph keeps, measured across full collections
 */
record Workload(String name, CascadeGraph graph, List<Integer> startAssets, double buildMillis, long graphBytes) {

    Workload {
        startAssets = List.copyOf(startAssets);
    }

    /** Every start asset failed at minute 0, as the engine takes them. */
    List<StartCondition> startConditions() {
        return startAssets.stream()
                .map(a -> StartCondition.failed(graph.assetId(a), 0))
                .toList();
    }

    /** {@code count} distinct assets of the graph drawn with the seed. */
    static List<Integer> randomStartSet(CascadeGraph graph, int count, long seed) {
        int n = graph.assetCount();
        if (count > n) {
            throw new IllegalArgumentException("a start set of " + count + " from " + n + " assets");
        }
        return new Random(seed).ints(0, n).distinct().limit(count).boxed().toList();
    }
}
