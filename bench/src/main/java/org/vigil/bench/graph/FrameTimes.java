package org.vigil.bench.graph;

import java.util.Arrays;

/** Timed frames of one renderer on one scene and view: median, min and max in milliseconds. */
record FrameTimes(double[] millis) {

    double median() {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double min() {
        return Arrays.stream(millis).min().orElseThrow();
    }

    double max() {
        return Arrays.stream(millis).max().orElseThrow();
    }

    /** Frames per second at the median frame time. */
    double fps() {
        return 1000 / median();
    }
}
