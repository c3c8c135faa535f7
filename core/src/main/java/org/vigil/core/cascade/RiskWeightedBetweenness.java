package org.vigil.core.cascade;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

/**
 * Betweenness centrality on the dependency graph by Brandes' algorithm, on primitive arrays.
 *
 * <p>A path's length is −log of the product of its hop likelihoods ({@link HopLikelihoods}), so
 * the shortest paths from s to t are the most likely chains a failure of s follows to t; among
 * equally likely ones the fewest hops win (with every likelihood 1 this is plain hop-count
 * betweenness, and no dependency is free, so cycles of certain dependencies are harmless). Each
 * −log likelihood is rounded to 2^-20 and carried in whole units, so that sums are exact and
 * equally likely chains compare equal whatever order their factors come in (exact for chains of
 * up to some thousands of hops; the hop tie-break holds up to 4,095 hops). Inert dependencies are
 * left out. The betweenness of v is
 *
 * <pre>
 *   B(v) = Σ over sources s ≠ v of r(s) · Σ over targets t ∉ {s, v} of σ_st(v) / σ_st
 * </pre>
 *
 * with σ_st the number of most likely chains from s to t, σ_st(v) those through v, and r(s) the
 * source's failure risk. Not normalised.
 *
 * <p>One Dijkstra run per source with a risk above 0: O(n·(m + n log n)) in all, fine for tens of
 * thousands of assets. Sources are split into a fixed number of lanes summed in a fixed order, so
 * the answer is the same bit for bit whatever the number of threads.
 */
final class RiskWeightedBetweenness {

    /** Fixed, so that the order of floating-point sums does not depend on the threads. */
    private static final int LANES = 16;

    /** One −log-likelihood unit is 2^-20; each hop adds one unit below those, as tie-break. */
    private static final double LOG_SCALE = 0x1.0p20;

    private static final double HOP_UNITS = 4096;

    private final CascadeGraph graph;
    private final double[] length;

    RiskWeightedBetweenness(CascadeGraph graph) {
        this.graph = graph;
        double[] hop = HopLikelihoods.of(graph);
        length = new double[hop.length];
        for (int e = 0; e < hop.length; e++) {
            length[e] =
                    hop[e] == 0 ? Double.POSITIVE_INFINITY : Math.rint(-Math.log(hop[e]) * LOG_SCALE) * HOP_UNITS + 1;
        }
    }

    /** Per asset its betweenness, sources weighted by {@code risk} (indexed like the graph). */
    double[] compute(double[] risk, ForkJoinPool pool, boolean parallel) {
        int n = graph.assetCount();
        double[][] lanes = new double[LANES][];
        ChunkedWork.run(
                pool, ChunkedWork.workers(pool, parallel, LANES), LANES, () -> new Scratch(n), (scratch, lane) -> {
                    double[] sum = new double[n];
                    for (int s = lane; s < n; s += LANES) {
                        if (risk[s] > 0) {
                            scratch.accumulate(s, risk[s], sum);
                        }
                    }
                    lanes[lane] = sum;
                });
        double[] total = new double[n];
        for (double[] lane : lanes) {
            for (int v = 0; v < n; v++) {
                total[v] += lane[v];
            }
        }
        return total;
    }

    /** One thread's arrays for single-source runs, reset only where a run touched them. */
    private final class Scratch {
        private final NodeHeap heap;
        private final double[] distance;
        private final double[] paths;
        private final double[] dependency;
        private final int[] settled;
        private int settledCount;

        Scratch(int n) {
            heap = NodeHeap.binary(n);
            distance = new double[n];
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            paths = new double[n];
            dependency = new double[n];
            settled = new int[n];
        }

        /** Adds source s's dependencies, times its risk, to {@code sum}. */
        void accumulate(int s, double risk, double[] sum) {
            CascadeGraph g = graph;
            distance[s] = 0;
            paths[s] = 1;
            heap.offer(s, 0);
            while (!heap.isEmpty()) {
                int u = heap.poll();
                settled[settledCount++] = u;
                for (int e = g.outOffsets[u]; e < g.outOffsets[u + 1]; e++) {
                    if (length[e] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int v = g.targets[e];
                    double d = distance[u] + length[e];
                    if (d < distance[v]) {
                        distance[v] = d;
                        paths[v] = paths[u];
                        heap.offer(v, d);
                    } else if (d == distance[v]) {
                        paths[v] += paths[u];
                    }
                }
            }
            // Farthest first: a target's dependency is complete before its predecessors take their share.
            for (int i = settledCount - 1; i > 0; i--) {
                int w = settled[i];
                double share = (1 + dependency[w]) / paths[w];
                for (int p = g.inOffsets[w]; p < g.inOffsets[w + 1]; p++) {
                    int e = g.inEdges[p];
                    int v = g.sources[e];
                    if (distance[v] + length[e] == distance[w]) {
                        dependency[v] += paths[v] * share;
                    }
                }
                sum[w] += risk * dependency[w];
            }
            for (int i = 0; i < settledCount; i++) {
                int v = settled[i];
                distance[v] = Double.POSITIVE_INFINITY;
                paths[v] = 0;
                dependency[v] = 0;
            }
            heap.forget(settled, settledCount);
            settledCount = 0;
        }
    }
}
