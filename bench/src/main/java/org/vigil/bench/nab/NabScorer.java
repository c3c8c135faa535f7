package org.vigil.bench.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NAB's scoring of a detector over a corpus (Lavin &amp; Ahmad 2015; Ahmad et al. 2017), as its sweeper
 * does it:
 *
 * <ul>
 *   <li>a point whose anomaly score reaches the threshold is a detection; points in a series'
 *       probation ({@link NabSeries#probation()}) are not scored at all;
 *   <li>a window earns, by its earliest detection, {@code tpWeight} times the scaled sigmoid of that
 *       detection's position (scaled so the window's first point earns exactly {@code tpWeight});
 *       later detections in the same window earn nothing more; a window without detection costs
 *       {@code fnWeight};
 *   <li>every detection outside windows costs {@code fpWeight} times the scaled sigmoid of its
 *       distance from the end of the window before it, in lengths of that window (the full cost when
 *       there is none before it);
 *   <li>the threshold is the one that maximises the sum over the whole corpus, swept over every
 *       distinct anomaly score (the highest such threshold on ties);
 *   <li>the raw score is normalised to 100 × (raw − null) / (perfect − null), where the null detector
 *       detects nothing and the perfect one detects every window at its first point.
 * </ul>
 */
final class NabScorer {

    /** A point outside any window. */
    private static final int OUTSIDE = -1;

    private final NabCorpus corpus;
    /** Per series and point: the window's corpus-wide number, {@link #OUTSIDE}, or -2 in probation. */
    private final int[][] windowOf;
    /** Per series and point: the unweighted sweep value, positive in windows, negative outside. */
    private final double[][] sweep;

    private final int windows;
    /** Windows with at least one point after probation: the only ones that can be missed. */
    private final int scorableWindows;

    NabScorer(NabCorpus corpus) {
        this.corpus = corpus;
        int n = corpus.series().size();
        windowOf = new int[n][];
        sweep = new double[n][];
        int next = 0;
        boolean[] scorable = new boolean[corpus.windows()];
        for (int s = 0; s < n; s++) {
            NabSeries series = corpus.series().get(s);
            int[] window = new int[series.size()];
            double[] value = new double[series.size()];
            int probation = series.probation();
            LabelWindow previous = null;
            int w = 0;
            for (int i = 0; i < series.size(); i++) {
                LabelWindow current =
                        w < series.windows().size() ? series.windows().get(w) : null;
                if (current != null && current.contains(i)) {
                    window[i] = next + w;
                    // -(last - i + 1) / length: -1 at the first point, just below 0 at the last
                    value[i] = ScaledSigmoid.at(-(double) (current.last() - i + 1) / current.length())
                            / ScaledSigmoid.EARLIEST;
                    if (i >= probation) {
                        scorable[next + w] = true;
                    }
                    if (i == current.last()) {
                        previous = current;
                        w++;
                    }
                } else {
                    window[i] = OUTSIDE;
                    double position = previous == null || previous.length() < 2
                            ? 3.0
                            : (double) (i - previous.last()) / (previous.length() - 1);
                    value[i] = ScaledSigmoid.at(position);
                }
                if (i < probation) {
                    window[i] = -2;
                }
            }
            windowOf[s] = window;
            sweep[s] = value;
            next += series.windows().size();
        }
        windows = next;
        int count = 0;
        for (boolean b : scorable) {
            count += b ? 1 : 0;
        }
        scorableWindows = count;
    }

    /**
     * A profile's score at one threshold.
     *
     * @param threshold detections are points scoring at least this
     * @param raw the sum over the corpus
     * @param normalised 0 for the null detector, 100 for the perfect one
     * @param detectedWindows windows with a detection
     * @param falsePositives detections outside windows
     */
    record Result(
            CostProfile profile,
            double threshold,
            double raw,
            double normalised,
            int detectedWindows,
            int windows,
            int falsePositives) {}

    /** The score at the threshold that maximises it, over every distinct score in {@code scores}. */
    Result best(CostProfile profile, List<double[]> scores) {
        checkShape(scores);
        int total = 0;
        for (int s = 0; s < windowOf.length; s++) {
            for (int w : windowOf[s]) {
                total += w == -2 ? 0 : 1;
            }
        }
        double[] score = new double[total];
        long[] where = new long[total];
        int k = 0;
        for (int s = 0; s < windowOf.length; s++) {
            double[] series = scores.get(s);
            for (int i = 0; i < series.length; i++) {
                if (windowOf[s][i] != -2) {
                    score[k] = series[i];
                    where[k++] = ((long) s << 32) | i;
                }
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));

        double[] windowPart = new double[windows];
        Arrays.fill(windowPart, -profile.fnWeight());
        double sum = -profile.fnWeight() * scorableWindows;
        int detected = 0;
        int falsePositives = 0;
        // Nothing detected above every score: the null detector's sum.
        double bestThreshold = Double.POSITIVE_INFINITY;
        double bestSum = sum;
        int bestDetected = 0;
        int bestFalse = 0;
        for (int j = 0; j < total; ) {
            double threshold = score[order[j]];
            // take in every point with this score before looking at the sum
            for (; j < total && score[order[j]] == threshold; j++) {
                long at = where[order[j]];
                int s = (int) (at >>> 32);
                int i = (int) at;
                int window = windowOf[s][i];
                double value = sweep[s][i];
                if (window == OUTSIDE) {
                    sum += value * profile.fpWeight();
                    falsePositives++;
                } else {
                    double earned = value * profile.tpWeight();
                    if (windowPart[window] == -profile.fnWeight()) {
                        detected++;
                    }
                    if (earned > windowPart[window]) {
                        sum += earned - windowPart[window];
                        windowPart[window] = earned;
                    }
                }
            }
            if (sum > bestSum) {
                bestSum = sum;
                bestThreshold = threshold;
                bestDetected = detected;
                bestFalse = falsePositives;
            }
        }
        return new Result(
                profile, bestThreshold, bestSum, normalise(profile, bestSum), bestDetected, windows, bestFalse);
    }

    /** The corpus's score at a given threshold, not the optimal one: how the product's own threshold does. */
    Result at(CostProfile profile, List<double[]> scores, double threshold) {
        double raw = 0;
        int detected = 0;
        int falsePositives = 0;
        for (Result series : perSeries(profile, scores, threshold)) {
            raw += series.raw();
            detected += series.detectedWindows();
            falsePositives += series.falsePositives();
        }
        return new Result(profile, threshold, raw, normalise(profile, raw), detected, windows, falsePositives);
    }

    /** The score of every series at a given threshold, to see where a detector gains and loses. */
    List<Result> perSeries(CostProfile profile, List<double[]> scores, double threshold) {
        checkShape(scores);
        List<Result> results = new ArrayList<>();
        int firstWindow = 0;
        for (int s = 0; s < windowOf.length; s++) {
            NabSeries series = corpus.series().get(s);
            double[] windowPart = new double[series.windows().size()];
            boolean[] scorable = new boolean[windowPart.length];
            double sum = 0;
            int falsePositives = 0;
            for (int i = 0; i < series.size(); i++) {
                int window = windowOf[s][i];
                if (window >= 0) {
                    scorable[window - firstWindow] = true;
                }
                if (window == -2 || scores.get(s)[i] < threshold) {
                    continue;
                }
                if (window == OUTSIDE) {
                    sum += sweep[s][i] * profile.fpWeight();
                    falsePositives++;
                } else {
                    windowPart[window - firstWindow] =
                            Math.max(windowPart[window - firstWindow], sweep[s][i] * profile.tpWeight());
                }
            }
            int detected = 0;
            for (int w = 0; w < windowPart.length; w++) {
                if (windowPart[w] > 0) {
                    sum += windowPart[w];
                    detected++;
                } else if (scorable[w]) {
                    sum -= profile.fnWeight();
                }
            }
            results.add(new Result(profile, threshold, sum, Double.NaN, detected, windowPart.length, falsePositives));
            firstWindow += windowPart.length;
        }
        return results;
    }

    /** 100 × (raw − null) / (perfect − null), NAB's normalisation. */
    double normalise(CostProfile profile, double raw) {
        double nullScore = -profile.fnWeight() * scorableWindows;
        double perfect = profile.tpWeight() * windows;
        return 100 * (raw - nullScore) / (perfect - nullScore);
    }

    private void checkShape(List<double[]> scores) {
        if (scores.size() != windowOf.length) {
            throw new IllegalArgumentException(scores.size() + " series scored, the corpus has " + windowOf.length);
        }
        for (int s = 0; s < windowOf.length; s++) {
            if (scores.get(s).length != windowOf[s].length) {
                throw new IllegalArgumentException(corpus.series().get(s).path() + ": " + scores.get(s).length
                        + " scores for " + windowOf[s].length + " points");
            }
        }
    }
}
