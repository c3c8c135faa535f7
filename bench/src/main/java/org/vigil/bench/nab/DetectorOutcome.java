package org.vigil.bench.nab;

import java.util.List;

/**
 * What one detector did over the whole corpus.
 *
 * @param name the detector's name in the table, e.g. {@code vigil-ensemble}
 * @param scores its best score per profile, in the order of the profiles
 * @param atAlertThreshold its score per profile at its own default alert threshold, not optimised
 * @param pointsPerSecond points scored per second on one thread, on a second pass over the corpus
 * @param firstPassPointsPerSecond the same on the first pass, which also paid for compiling the code
 * @param heapPerStream live heap per detector after each learnt its whole series, bytes (-1 unknown)
 * @param meanSnapshot the mean size of the detectors' saved states, bytes
 * @param maxSnapshot the largest saved state, bytes
 */
record DetectorOutcome(
        String name,
        List<NabScorer.Result> scores,
        List<NabScorer.Result> atAlertThreshold,
        double pointsPerSecond,
        double firstPassPointsPerSecond,
        long heapPerStream,
        long meanSnapshot,
        long maxSnapshot) {

    double score(String profile) {
        return scores.stream()
                .filter(r -> r.profile().name().equals(profile))
                .mapToDouble(NabScorer.Result::normalised)
                .findFirst()
                .orElse(Double.NaN);
    }
}
