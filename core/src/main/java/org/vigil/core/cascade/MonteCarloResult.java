package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the runs of a {@link MonteCarloCascade} add up to: per asset the share of runs that hit it
 * at or before each horizon and at all, and its mean onset over the runs that hit it; per horizon
 * the distribution of the blast radius (assets hit per run). Ids, not indexes, in what it hands
 * out; immutable.
 */
public final class MonteCarloResult {

    private final CascadeGraph graph;
    private final List<StartCondition> startConditions;
    private final List<Double> horizons;
    private final int runs;
    private final long seed;
    private final MonteCarloTally tally;
    private final List<BlastRadius> blastRadii;

    MonteCarloResult(
            CascadeGraph graph,
            List<StartCondition> startConditions,
            List<Double> horizons,
            int runs,
            long seed,
            MonteCarloTally tally,
            int[][] radius) {
        this.graph = graph;
        this.startConditions = List.copyOf(startConditions);
        this.horizons = List.copyOf(horizons);
        this.runs = runs;
        this.seed = seed;
        this.tally = tally;
        List<BlastRadius> radii = new ArrayList<>();
        for (int h = 0; h < radius.length; h++) {
            double minute = h < horizons.size() ? horizons.get(h) : Double.POSITIVE_INFINITY;
            radii.add(blastRadius(minute, radius[h], graph.assetCount()));
        }
        this.blastRadii = List.copyOf(radii);
    }

    public int runs() {
        return runs;
    }

    public long seed() {
        return seed;
    }

    public List<StartCondition> startConditions() {
        return startConditions;
    }

    /** The horizons, in minutes after the reference time; horizon {@code h} below indexes this. */
    public List<Double> horizons() {
        return horizons;
    }

    /** The share of runs that hit the asset at or before horizon h. */
    public double probability(String assetId, int h) {
        checkHorizon(h);
        return (double) tally.runsHitBy(index(assetId), h) / runs;
    }

    /** The share of runs that hit the asset at all. */
    public double probabilityEver(String assetId) {
        return (double) tally.runsHitBy(index(assetId), horizons.size()) / runs;
    }

    /** The binomial standard error of {@link #probability(String, int)}: √(p(1 − p)/runs). */
    public double standardError(String assetId, int h) {
        double p = probability(assetId, h);
        return Math.sqrt(p * (1 - p) / runs);
    }

    /** The mean onset over the runs that hit the asset; empty if none did. */
    public OptionalDouble meanOnsetMinute(String assetId) {
        return meanOnset(index(assetId));
    }

    public AssetFailureProbability asset(String assetId) {
        return asset(index(assetId));
    }

    /** Every asset some run hit, most often hit first, then earliest mean onset, then by id. */
    public List<AssetFailureProbability> assets() {
        List<AssetFailureProbability> hit = new ArrayList<>();
        for (int a = 0; a < graph.assetCount(); a++) {
            if (tally.runsHitBy(a, horizons.size()) > 0) {
                hit.add(asset(a));
            }
        }
        hit.sort(Comparator.comparingDouble(AssetFailureProbability::ever)
                .reversed()
                .thenComparingDouble(p -> p.meanOnsetMinute().orElse(Double.POSITIVE_INFINITY))
                .thenComparing(AssetFailureProbability::assetId));
        return hit;
    }

    /** The number of assets hit per run at or before horizon h. */
    public BlastRadius blastRadius(int h) {
        checkHorizon(h);
        return blastRadii.get(h);
    }

    /** The number of assets hit per run, at any time. */
    public BlastRadius blastRadiusEver() {
        return blastRadii.get(horizons.size());
    }

    private AssetFailureProbability asset(int a) {
        List<Double> byHorizon = new ArrayList<>();
        for (int h = 0; h < horizons.size(); h++) {
            byHorizon.add((double) tally.runsHitBy(a, h) / runs);
        }
        double ever = (double) tally.runsHitBy(a, horizons.size()) / runs;
        return new AssetFailureProbability(graph.assetId(a), byHorizon, ever, meanOnset(a));
    }

    private OptionalDouble meanOnset(int a) {
        int hit = tally.runsHitBy(a, horizons.size());
        return hit == 0 ? OptionalDouble.empty() : OptionalDouble.of(tally.meanOnset(a, hit));
    }

    private static BlastRadius blastRadius(double minute, int[] sizes, int assets) {
        int[] runsWithSize = new int[assets + 1];
        long total = 0;
        for (int size : sizes) {
            runsWithSize[size]++;
            total += size;
        }
        List<BlastRadiusCount> histogram = new ArrayList<>();
        for (int size = 0; size <= assets; size++) {
            if (runsWithSize[size] > 0) {
                histogram.add(new BlastRadiusCount(size, runsWithSize[size]));
            }
        }
        return new BlastRadius(minute, sizes.length, (double) total / sizes.length, histogram);
    }

    private void checkHorizon(int h) {
        if (h < 0 || h >= horizons.size()) {
            throw new IndexOutOfBoundsException("no horizon " + h + " of " + horizons.size());
        }
    }

    private int index(String assetId) {
        return graph.requireIndex(assetId);
    }
}
