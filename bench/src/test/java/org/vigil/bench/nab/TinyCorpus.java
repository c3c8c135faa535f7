package org.vigil.bench.nab;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-made NAB folder in the test resources: {@code small/no_window.csv} and
 * {@code small/one_window.csv}, 40 points each at five-minute steps; the second has one window from
 * point 20 to point 29. Probation is the first 6 points (15 % of 40).
 */
final class TinyCorpus {

    static final int WINDOW_FIRST = 20;
    static final int WINDOW_LAST = 29;

    private TinyCorpus() {}

    static Path folder() {
        try {
            return Path.of(TinyCorpus.class.getResource("/nab/tiny").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static NabCorpus load() {
        try {
            return NabCorpus.load(folder());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scores for both series: 1 at the given points of the windowed series, 0 everywhere else. */
    static List<double[]> detectionsAt(int... points) {
        double[] windowed = new double[40];
        for (int point : points) {
            windowed[point] = 1;
        }
        List<double[]> scores = new ArrayList<>();
        scores.add(new double[40]);
        scores.add(windowed);
        return scores;
    }
}
