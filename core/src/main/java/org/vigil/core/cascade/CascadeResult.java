package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a cascade run found, per asset: the earliest minute it is hit (its onset), the likelihood
 * and level of the strongest contribution, its impact at each horizon and its risk there
 * (likelihood × impact). Values sit in arrays indexed like the {@link #graph()}, so a
 * million-asset run holds a handful of arrays, not a million objects; lists are made only when
 * asked for.
 *
 * <p>Immutable; any thread may read it. Asset ids that the graph does not hold are refused.
 */
public final class CascadeResult {

    private final PropagationPlan plan;
    private final Deliveries deliveries;
    private final double[] likelihood;
    private final double[] level;
    private final double[] recovery;
    private final double[][] impacts;
    private final ImpactEvaluation evaluation;

    CascadeResult(
            PropagationPlan plan,
            Deliveries deliveries,
            double[] likelihood,
            double[] level,
            double[] recovery,
            double[][] impacts,
            ImpactEvaluation evaluation) {
        this.plan = plan;
        this.deliveries = deliveries;
        this.likelihood = likelihood;
        this.level = level;
        this.recovery = recovery;
        this.impacts = impacts;
        this.evaluation = evaluation;
    }

    /**
     * The graph the run was asked about. Redundant suppliers of the mitigations are wired into a
     * copy the run works on; asset indexes are the same in both.
     */
    public CascadeGraph graph() {
        return plan.given;
    }

    public CascadeSettings settings() {
        return plan.settings;
    }

    public List<StartCondition> startConditions() {
        return plan.startConditions;
    }

    public List<Mitigation> mitigations() {
        return plan.mitigations;
    }

    /** The horizons, in minutes after the reference time; horizon {@code h} below is an index into this. */
    public List<Double> horizons() {
        return plan.settings.horizonMinutes();
    }

    public int impactedCount() {
        int count = 0;
        for (double t : deliveries.onset()) {
            if (t < Double.POSITIVE_INFINITY) {
                count++;
            }
        }
        return count;
    }

    /** Whether anything reaches the asset in this run (at any time). */
    public boolean isImpacted(String assetId) {
        return deliveries.isImpacted(index(assetId));
    }

    public boolean isImpacted(int asset) {
        return deliveries.isImpacted(asset);
    }

    /** The earliest minute the asset is hit; empty if it never is. */
    public OptionalDouble onsetMinute(String assetId) {
        double t = onsetMinute(index(assetId));
        return t < Double.POSITIVE_INFINITY ? OptionalDouble.of(t) : OptionalDouble.empty();
    }

    /** The earliest minute the asset is hit; +∞ if it never is. */
    public double onsetMinute(int asset) {
        return deliveries.onset()[asset];
    }

    /** The likelihood of the most likely contribution that hits the asset; 0 if none does. */
    public double likelihood(String assetId) {
        return likelihood[index(assetId)];
    }

    public double likelihood(int asset) {
        return likelihood[asset];
    }

    /** The highest level any contribution brings the asset to, in [0, 1]. */
    public double level(String assetId) {
        return level[index(assetId)];
    }

    public double level(int asset) {
        return level[asset];
    }

    /** The asset's impact at horizon {@code h}, in [0, 1]. */
    public double impact(String assetId, int h) {
        return impacts[h][index(assetId)];
    }

    public double impact(int asset, int h) {
        return impacts[h][asset];
    }

    /** Likelihood × impact at horizon {@code h}. */
    public double risk(String assetId, int h) {
        return risk(index(assetId), h);
    }

    public double risk(int asset, int h) {
        return likelihood[asset] * impacts[h][asset];
    }

    /** When the asset works again after restores and switches; empty if it never does here. */
    public OptionalDouble recoveryMinute(String assetId) {
        double t = recoveryMinute(index(assetId));
        return t < Double.POSITIVE_INFINITY ? OptionalDouble.of(t) : OptionalDouble.empty();
    }

    /** When the asset works again; +∞ if it never does (or was never hit). */
    public double recoveryMinute(int asset) {
        return recovery == null || !deliveries.isImpacted(asset) ? Double.POSITIVE_INFINITY : recovery[asset];
    }

    /** The asset's impact at any minute, not only at the horizons. */
    public double impactAt(String assetId, double minute) {
        return evaluation.impactAt(index(assetId), minute);
    }

    /** The asset's impact at each of the given minutes. */
    public double[] impactCurve(String assetId, double... minutes) {
        return impactCurve(index(assetId), minutes);
    }

    public double[] impactCurve(int asset, double... minutes) {
        double[] out = new double[minutes.length];
        evaluation.impactsAt(asset, minutes.clone(), out);
        return out;
    }

    /** The assets with an impact at horizon {@code h}, highest risk first (ties by asset id). */
    public List<AssetImpact> impactedAt(int h) {
        CascadeGraph g = plan.graph;
        List<AssetImpact> found = new ArrayList<>();
        for (int a = 0; a < g.assetCount(); a++) {
            if (impacts[h][a] > 0) {
                found.add(new AssetImpact(
                        g.assetIds[a], onsetMinute(a), likelihood[a], level[a], impacts[h][a], risk(a, h)));
            }
        }
        found.sort(Comparator.comparingDouble(AssetImpact::risk).reversed().thenComparing(AssetImpact::assetId));
        return found;
    }

    /** Every asset hit in this run, earliest first (ties by asset id). */
    public List<String> impactedAssetIds() {
        CascadeGraph g = plan.graph;
        List<Integer> hit = new ArrayList<>();
        for (int a = 0; a < g.assetCount(); a++) {
            if (deliveries.isImpacted(a)) {
                hit.add(a);
            }
        }
        hit.sort(Comparator.<Integer>comparingDouble(this::onsetMinute).thenComparing(a -> g.assetIds[a]));
        return hit.stream().map(a -> g.assetIds[a]).toList();
    }

    /**
     * Up to {@code k} explanations of why the asset is hit: the most likely chains from the start
     * set to it, most likely first, equally likely ones by asset ids. The first one's likelihood
     * is the asset's {@link #likelihood(String) likelihood}. Empty if the asset is not hit.
     */
    public List<ExplanationPath> explain(String assetId, int k) {
        return new ExplanationSearch(deliveries, likelihood).mostLikely(index(assetId), k);
    }

    PropagationPlan plan() {
        return plan;
    }

    Deliveries deliveries() {
        return deliveries;
    }

    ImpactEvaluation evaluation() {
        return evaluation;
    }

    private int index(String assetId) {
        return plan.graph.requireIndex(assetId);
    }
}
