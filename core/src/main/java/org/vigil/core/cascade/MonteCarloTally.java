package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * What one thread's Monte Carlo runs add up to, in integers only: per asset the number of runs in
 * which its onset first falls at or before each horizon, and the sum of its onsets as whole
 * minutes plus fractions in units of 2^-32 minute. Integer sums come out the same in any order, so
 * tallies merged from any number of threads give identical results; a floating-point sum would
 * differ in the last bits.
 */
final class MonteCarloTally {

    /** Fractions of onsets are summed in these units of a minute: below 2^31 runs they cannot overflow. */
    static final double ONSET_UNIT = 0x1.0p-32;

    private final double[] horizons;
    private final int slots;
    /**
     * Per asset {@code slots} counters: slot k counts the runs with the onset after horizon k - 1
     * and at or before horizon k; the last slot the runs with the onset after the last horizon.
     */
    final int[] bucketRuns;

    final long[] onsetMinuteSum;

    final long[] onsetFractionSum;
    private final int[] runBuckets;

    MonteCarloTally(int assets, double[] horizons) {
        this.horizons = horizons;
        this.slots = horizons.length + 1;
        bucketRuns = new int[assets * slots];
        onsetMinuteSum = new long[assets];
        onsetFractionSum = new long[assets];
        runBuckets = new int[slots];
    }

    /**
     * Counts the pass's last run and writes its blast radius into {@code radius[h][run]} for each
     * horizon h and, at h = number of horizons, for all time.
     */
    void add(SampledOnsetPass pass, int run, int[][] radius) {
        Arrays.fill(runBuckets, 0);
        for (int i = 0, count = pass.reachedCount(); i < count; i++) {
            int asset = pass.reached(i);
            double onset = pass.onset(asset);
            int k = 0;
            while (k < horizons.length && onset > horizons[k]) {
                k++;
            }
            bucketRuns[asset * slots + k]++;
            runBuckets[k]++;
            // x - floor(x) is exact in floating point, so only the fraction is rounded.
            double minute = Math.floor(onset);
            onsetMinuteSum[asset] = Math.addExact(onsetMinuteSum[asset], (long) minute);
            onsetFractionSum[asset] += Math.round((onset - minute) / ONSET_UNIT);
        }
        int hit = 0;
        for (int k = 0; k < slots; k++) {
            hit += runBuckets[k];
            radius[k][run] = hit;
        }
    }

    void addAll(MonteCarloTally other) {
        for (int i = 0; i < bucketRuns.length; i++) {
            bucketRuns[i] += other.bucketRuns[i];
        }
        for (int a = 0; a < onsetMinuteSum.length; a++) {
            onsetMinuteSum[a] = Math.addExact(onsetMinuteSum[a], other.onsetMinuteSum[a]);
            onsetFractionSum[a] += other.onsetFractionSum[a];
        }
    }

    /** The mean onset of the asset over {@code runs} runs that hit it. */
    double meanOnset(int asset, int runs) {
        return (onsetMinuteSum[asset] + onsetFractionSum[asset] * ONSET_UNIT) / runs;
    }

    /** Runs in which the asset was hit at or before horizon h (h = number of horizons: ever). */
    int runsHitBy(int asset, int h) {
        int runs = 0;
        for (int k = 0; k <= h; k++) {
            runs += bucketRuns[asset * slots + k];
        }
        return runs;
    }
}
