package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpatialGridTest {

    @Test
    void queryReturnsExactlyTheBoxesIntersectingTheRectangle() {
        // given random boxes, small ones and some spanning much of the world (long edges)
        Random random = new Random(42);
        int n = 3_000;
        double[] minX = new double[n];
        double[] minY = new double[n];
        double[] maxX = new double[n];
        double[] maxY = new double[n];
        for (int i = 0; i < n; i++) {
            double size = random.nextInt(20) == 0 ? random.nextDouble() * 600 : random.nextDouble() * 12;
            minX[i] = random.nextDouble() * 1000 - 100;
            minY[i] = random.nextDouble() * 700 - 50;
            maxX[i] = minX[i] + size * random.nextDouble();
            maxY[i] = minY[i] + size * random.nextDouble();
        }
        SpatialGrid grid = new SpatialGrid(minX, minY, maxX, maxY);

        for (int q = 0; q < 500; q++) {
            // when a random rectangle (partly outside the world at times) is queried
            double qx = random.nextDouble() * 1400 - 200;
            double qy = random.nextDouble() * 1000 - 150;
            double qw = random.nextDouble() * (q % 10 == 0 ? 1500 : 120);
            double qh = random.nextDouble() * (q % 10 == 0 ? 1500 : 120);
            IntList hits = new IntList();
            grid.query(qx, qy, qx + qw, qy + qh, hits);

            // then the hits are exactly the brute-force intersections, each once
            int[] expected = IntStream.range(0, n)
                    .filter(i -> minX[i] <= qx + qw && maxX[i] >= qx && minY[i] <= qy + qh && maxY[i] >= qy)
                    .toArray();
            hits.sort();
            assertThat(hits.toArray()).as("query %d", q).containsExactly(expected);
        }
    }

    @Test
    void anEmptyGridFindsNothing() {
        SpatialGrid grid = new SpatialGrid(new double[0], new double[0], new double[0], new double[0]);
        IntList hits = new IntList();

        grid.query(-10, -10, 10, 10, hits);

        assertThat(hits.isEmpty()).isTrue();
    }
}
