package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well one candidate's failure explains the observations (the scoring is spelled out on
 * {@link RootCauseDiagnosis}): the engine's onsets T and likelihoods P from the candidate failing
 * at minute 0, shifted to the failure minute that fits the observations best.
 */
final class CandidateFit {

    /** Minutes: onsets and observation times this close count as the same minute. */
    private static final double SAME_MINUTE = 1e-6;

    /**
     * Missed-prediction costs are summed in these units, as integers, so that the sum does not
     * depend on the order the assets are numbered in: equally good candidates score exactly equal.
     */
    private static final double COST_UNIT = 0x1.0p-40;

    private final ObservedSet observed;
    private final DiagnosisSettings settings;
    private final CascadeGraph graph;
    private final int candidate;
    private final double[] onset;
    private final double[] likelihood;

    CandidateFit(CascadeGraph graph, ObservedSet observed, DiagnosisSettings settings, int candidate) {
        this.graph = graph;
        this.observed = observed;
        this.settings = settings;
        this.candidate = candidate;
        PropagationPlan plan = PropagationPlan.of(
                graph,
                CascadeSettings.DEFAULTS,
                List.of(StartCondition.failed(graph.assetId(candidate), 0)),
                List.of());
        onset = new EarliestArrivalPass(plan).run();
        likelihood = new StrongestLabelPass(plan, StrongestLabelPass.Kind.LIKELIHOOD, null).run();
    }

    /** The candidate at its best failure minute, without a posterior yet. */
    RootCauseCandidate fit() {
        double[] minutes = failureMinutes();
        long[] missedCost = missedCosts(minutes);
        double bestMinute = minutes[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < minutes.length; i++) {
            double score = observedScore(minutes[i]) + missedCost[i] * COST_UNIT;
            if (score > bestScore || (score == bestScore && minutes[i] > bestMinute)) {
                bestScore = score;
                bestMinute = minutes[i];
            }
        }
        return describe(bestMinute, bestScore + 0.0);
    }

    /** S(t) at one failure minute. */
    double scoreAt(double minute) {
        return observedScore(minute) + missedCosts(new double[] {minute})[0] * COST_UNIT;
    }

    /**
     * The failure minutes worth trying: for each observation the candidate reaches, the minute at
     * which its predicted onset meets its time (or now, without a time); now if it reaches none.
     */
    private double[] failureMinutes() {
        double[] minutes = new double[observed.size()];
        int count = 0;
        for (int i = 0; i < observed.size(); i++) {
            int o = observed.asset(i);
            if (likelihood[o] > 0) {
                minutes[count++] = (observed.isTimed(i) ? observed.minute(i) : observed.now()) - onset[o];
            }
        }
        return count == 0 ? new double[] {observed.now()} : Arrays.copyOf(minutes, count);
    }

    /** Σ log(ε + (1 − ε)·P(o)·τ(o, t)) over the observations, summed smallest first. */
    private double observedScore(double minute) {
        double[] terms = new double[observed.size()];
        double background = settings.background();
        for (int i = 0; i < terms.length; i++) {
            int o = observed.asset(i);
            terms[i] = Math.log(background + (1 - background) * likelihood[o] * timeFit(i, minute));
        }
        // Sorted so that the sum does not depend on the order the observations came in.
        Arrays.sort(terms);
        double score = 0;
        for (double term : terms) {
            score += term;
        }
        return score;
    }

    /**
     * Per failure minute t, Σ log(1 − δ·P(v)) over the unobserved assets hit by now (t + T(v) ≤
     * now), in {@link #COST_UNIT}s: each asset's cost goes to the smallest "now − t" that covers it,
     * then the buckets are summed up, so one pass over the assets serves every minute.
     */
    private long[] missedCosts(double[] minutes) {
        double[] limits = new double[minutes.length];
        for (int i = 0; i < minutes.length; i++) {
            limits[i] = observed.now() - minutes[i] + SAME_MINUTE;
        }
        double[] sorted = limits.clone();
        Arrays.sort(sorted);
        long[] bucket = new long[sorted.length];
        double rate = settings.detectionRate();
        for (int v = 0; v < onset.length; v++) {
            if (likelihood[v] == 0 || observed.contains(v)) {
                continue;
            }
            int first = firstAtLeast(sorted, onset[v]);
            if (first < sorted.length) {
                bucket[first] += Math.round(Math.log1p(-rate * likelihood[v]) / COST_UNIT);
            }
        }
        for (int i = 1; i < bucket.length; i++) {
            bucket[i] += bucket[i - 1];
        }
        long[] costs = new long[minutes.length];
        for (int i = 0; i < minutes.length; i++) {
            costs[i] = bucket[firstAtLeast(sorted, limits[i])];
        }
        return costs;
    }

    /** The first index of the ascending values that is at least {@code x}; the length if none is. */
    private static int firstAtLeast(double[] ascending, double x) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * τ: 1 for an observation the cascade reached right when it was seen, decaying as exp(−lag /
     * mean lag) the longer it was seen after; 0 if seen before the cascade could reach it. An
     * observation without a time fits if the asset is hit by now.
     */
    private double timeFit(int i, double failureMinute) {
        double reached = failureMinute + onset[observed.asset(i)];
        if (!observed.isTimed(i)) {
            return reached <= observed.now() + SAME_MINUTE ? 1 : 0;
        }
        double lag = observed.minute(i) - reached;
        if (lag < -SAME_MINUTE) {
            return 0;
        }
        return Math.exp(-Math.max(lag, 0) / settings.meanDetectionLagMinutes());
    }

    private RootCauseCandidate describe(double failureMinute, double score) {
        List<String> explained = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (int i = 0; i < observed.size(); i++) {
            int o = observed.asset(i);
            boolean fits = likelihood[o] > 0 && timeFit(i, failureMinute) > 0;
            (fits ? explained : unexplained).add(graph.assetId(o));
        }
        Earliest overdue = new Earliest(settings.maxPredictions());
        Earliest predictions = new Earliest(settings.maxPredictions());
        for (int v = 0; v < onset.length; v++) {
            if (likelihood[v] > 0 && !observed.contains(v)) {
                double minute = failureMinute + onset[v];
                (minute <= observed.now() + SAME_MINUTE ? overdue : predictions).offer(v, minute);
            }
        }
        return new RootCauseCandidate(
                graph.assetId(candidate),
                score,
                Double.NaN,
                failureMinute,
                explained,
                unexplained,
                overdue.impacts(),
                predictions.impacts());
    }

    /** The k earliest assets offered, ties by asset id, kept in order as they come. */
    private final class Earliest {
        private final int[] assets;
        private final double[] minutes;
        private int size;

        Earliest(int k) {
            assets = new int[k];
            minutes = new double[k];
        }

        void offer(int asset, double minute) {
            int at = size;
            while (at > 0 && before(asset, minute, assets[at - 1], minutes[at - 1])) {
                at--;
            }
            if (at == assets.length) {
                return;
            }
            int moved = Math.min(size, assets.length - 1) - at;
            System.arraycopy(assets, at, assets, at + 1, moved);
            System.arraycopy(minutes, at, minutes, at + 1, moved);
            assets[at] = asset;
            minutes[at] = minute;
            size = Math.min(size + 1, assets.length);
        }

        private boolean before(int a, double minuteA, int b, double minuteB) {
            return minuteA < minuteB || (minuteA == minuteB && graph.assetId(a).compareTo(graph.assetId(b)) < 0);
        }

        List<PredictedImpact> impacts() {
            List<PredictedImpact> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(new PredictedImpact(graph.assetId(assets[i]), minutes[i], likelihood[assets[i]]));
            }
            return list;
        }
    }
}
