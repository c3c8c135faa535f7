package org.vigil.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The label-setting queue on seeded random inputs; the seed is in every assertion message. */
class LabelQueueTest {

    private static final int SEEDS = 200;

    @Test
    void handsOutEachAssetOnceAtItsLowestKeyInAscendingOrder() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            // given: assets offered several times, each time lower, keys of both signs
            Random random = new Random(seed);
            int n = 1 + random.nextInt(200);
            double[] lowest = new double[n];
            Arrays.fill(lowest, Double.POSITIVE_INFINITY);
            LabelQueue queue = new LabelQueue(n);
            for (int i = 0; i < 3 * n; i++) {
                int a = random.nextInt(n);
                double key = random.nextInt(5) == 0 ? random.nextInt(3) - 1 : random.nextGaussian() * 100;
                if (key < lowest[a]) {
                    lowest[a] = key;
                    queue.offer(a, key, a * 7L);
                }
            }

            // when
            boolean[] out = new boolean[n];
            double previous = Double.NEGATIVE_INFINITY;
            for (int a = queue.poll(); a >= 0; a = queue.poll()) {
                // then
                String why = "seed " + seed + ", asset " + a;
                assertThat(out[a]).as(why).isFalse();
                out[a] = true;
                assertThat(queue.isSettled(a)).as(why).isTrue();
                assertThat(queue.currentKey()).as(why).isEqualTo(lowest[a]);
                assertThat(queue.currentKey()).as(why).isGreaterThanOrEqualTo(previous);
                assertThat(queue.currentOutEdges()).as(why).isEqualTo(a * 7L);
                previous = queue.currentKey();
            }
            for (int a = 0; a < n; a++) {
                assertThat(out[a]).as("seed " + seed + ", asset " + a).isEqualTo(lowest[a] < Double.POSITIVE_INFINITY);
            }
        }
    }

    @Test
    void shortestPathsMatchAQuadraticDijkstraWithZeroAndEqualWeights() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            // given: a random digraph, weights often 0 or equal, a start at a negative minute
            Random random = new Random(seed);
            int n = 2 + random.nextInt(100);
            double[][] weight = new double[n][n];
            for (double[] row : weight) {
                Arrays.fill(row, Double.NaN);
            }
            for (int i = 0; i < 4 * n; i++) {
                int u = random.nextInt(n);
                int v = random.nextInt(n);
                weight[u][v] = random.nextInt(3) == 0 ? 0 : random.nextBoolean() ? 5 : random.nextDouble() * 60;
            }
            double start = -random.nextInt(30);

            // when
            double[] label = new double[n];
            Arrays.fill(label, Double.POSITIVE_INFINITY);
            LabelQueue queue = new LabelQueue(n);
            label[0] = start;
            queue.offer(0, start, 0);
            for (int u = queue.poll(); u >= 0; u = queue.poll()) {
                for (int v = 0; v < n; v++) {
                    double arrival = queue.currentKey() + weight[u][v];
                    if (!Double.isNaN(arrival) && !queue.isSettled(v) && arrival < label[v]) {
                        label[v] = arrival;
                        queue.offer(v, arrival, 0);
                    }
                }
            }

            // then
            assertThat(label).as("seed " + seed).containsExactly(quadraticDijkstra(weight, start));
        }
    }

    private static double[] quadraticDijkstra(double[][] weight, double start) {
        int n = weight.length;
        double[] label = new double[n];
        Arrays.fill(label, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[n];
        label[0] = start;
        while (true) {
            int u = -1;
            for (int a = 0; a < n; a++) {
                if (!done[a] && label[a] < Double.POSITIVE_INFINITY && (u < 0 || label[a] < label[u])) {
                    u = a;
                }
            }
            if (u < 0) {
                return label;
            }
            done[u] = true;
            for (int v = 0; v < n; v++) {
                if (!Double.isNaN(weight[u][v])) {
                    label[v] = Math.min(label[v], label[u] + weight[u][v]);
                }
            }
        }
    }
}
