package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * An asset's impact at given minutes, from its contributions: the largest of
 *
 * <ul>
 *   <li>its start level, from its start minute on;
 *   <li>for each stand-alone dependency that delivered, min(L(source), maxImpact) grown along the
 *       dependency's curve from its arrival T(source) + delay;
 *   <li>for each redundancy group that delivered, the smallest of its members' grown values: the
 *       target loses only what every alternative has lost at that moment;
 * </ul>
 *
 * each counted while the contribution lasts (until its source recovers plus the delay, or its
 * dependency is switched away from). Then the asset's own mitigations: 0 from its restore on, and
 * at most a manual fallback's residual level from onset + activation delay on. Evaluating needs no
 * allocation, so a run can evaluate a million assets.
 */
final class ImpactEvaluation {

    private final PropagationPlan plan;
    private final Deliveries deliveries;
    private final double[] level;
    private final double[] recovery;

    /** @param recovery recovery minutes per asset, or null when nothing recovers */
    ImpactEvaluation(Deliveries deliveries, double[] level, double[] recovery) {
        this.plan = deliveries.plan();
        this.deliveries = deliveries;
        this.level = level;
        this.recovery = recovery;
    }

    /** Fills {@code out[i]} with the asset's impact at {@code minutes[i]}. */
    void impactsAt(int asset, double[] minutes, double[] out) {
        Arrays.fill(out, 0, minutes.length, 0.0);
        if (!deliveries.isImpacted(asset)) {
            return;
        }
        CascadeGraph g = plan.graph;
        double[] onset = deliveries.onset();
        for (int k = plan.firstStartOf(asset);
                k < plan.startsByAsset.length && plan.startAssets[plan.startsByAsset[k]] == asset;
                k++) {
            int i = plan.startsByAsset[k];
            if (plan.startDelivers(i)) {
                for (int t = 0; t < minutes.length; t++) {
                    if (minutes[t] >= plan.startMinutes[i]) {
                        out[t] = Math.max(out[t], plan.startLevels[i]);
                    }
                }
            }
        }
        // Stand-alone contributions, read in in-edge order (see ContributionRows). Only a timed
        // plan needs the edge index itself, to ask whether it is admitted and when it ends.
        ContributionRows in = g.contributions;
        boolean timed = plan.isTimed();
        for (int p = g.inOffsets[asset], last = g.inOffsets[asset + 1]; p < last; p++) {
            int growth = in.growths[p];
            if (growth == ContributionRows.SKIP) {
                continue;
            }
            int source = in.sources[p];
            double arrival = onset[source] + in.delays[p];
            if (arrival == Double.POSITIVE_INFINITY) {
                continue;
            }
            double end = Double.POSITIVE_INFINITY;
            if (timed || recovery != null) {
                int e = g.inEdges[p];
                if (!plan.singletonAdmits(e, arrival)) {
                    continue;
                }
                end = contributionEnd(e);
            }
            double top = Math.min(level[source], in.maxImpacts[p]);
            double ramp = in.ramps[p];
            for (int i = 0; i < minutes.length; i++) {
                double t = minutes[i];
                if (t >= arrival && t < end) {
                    out[i] = Math.max(out[i], top * GrowthCurve.fraction(growth, t - arrival, ramp));
                }
            }
        }
        for (int p = g.targetGroupOffsets[asset]; p < g.targetGroupOffsets[asset + 1]; p++) {
            int group = g.targetGroups[p];
            if (!deliveries.groupDelivers(group)) {
                continue;
            }
            double arrival = deliveries.groupArrival(group);
            double end = groupEnd(group);
            for (int i = 0; i < minutes.length; i++) {
                double t = minutes[i];
                if (t >= arrival && t < end) {
                    out[i] = Math.max(out[i], groupValue(group, t));
                }
            }
        }
        double restore = plan.restoreAt(asset);
        boolean fallback = plan.fallbackDelay != null && !Double.isNaN(plan.fallbackDelay[asset]);
        double activation = fallback ? onset[asset] + plan.fallbackDelay[asset] : Double.POSITIVE_INFINITY;
        for (int i = 0; i < minutes.length; i++) {
            if (minutes[i] >= restore) {
                out[i] = 0;
            } else if (minutes[i] >= activation) {
                out[i] = Math.min(out[i], plan.fallbackResidual[asset]);
            } else {
                out[i] = Math.min(out[i], 1.0);
            }
        }
    }

    /** Fills {@code impacts[h][a]} with the impact at {@code horizons[h]} of each impacted asset a in [from, to). */
    void impactsAtHorizons(int from, int to, double[] horizons, double[][] impacts) {
        double[] out = new double[horizons.length];
        for (int a = from; a < to; a++) {
            if (deliveries.isImpacted(a)) {
                impactsAt(a, horizons, out);
                for (int h = 0; h < horizons.length; h++) {
                    impacts[h][a] = out[h];
                }
            }
        }
    }

    double impactAt(int asset, double minute) {
        double[] out = new double[1];
        impactsAt(asset, new double[] {minute}, out);
        return out[0];
    }

    /** When the edge's contribution ends: its source's recovery plus the delay, or the edge's own end. */
    double contributionEnd(int edge) {
        CascadeGraph g = plan.graph;
        double end = plan.edgeUntil(edge);
        if (recovery != null) {
            end = Math.min(end, recovery[g.sources[edge]] + g.delays[edge]);
        }
        return end;
    }

    /** When the group's contribution ends: at its first member's end. */
    double groupEnd(int group) {
        CascadeGraph g = plan.graph;
        double end = Double.POSITIVE_INFINITY;
        for (int m = g.groupOffsets[group]; m < g.groupOffsets[group + 1]; m++) {
            end = Math.min(end, contributionEnd(g.groupMembers[m]));
        }
        return end;
    }

    /** The smallest of the members' grown contributions at t, read from the interleaved {@link GroupRows}. */
    private double groupValue(int group, double t) {
        CascadeGraph g = plan.graph;
        long[] rows = g.groupRows.rows;
        double[] onset = deliveries.onset();
        double smallest = Double.POSITIVE_INFINITY;
        for (int m = g.groupOffsets[group]; m < g.groupOffsets[group + 1]; m++) {
            int at = m * GroupRows.STRIDE;
            int source = GroupRows.source(rows[at]);
            double top = Math.min(level[source], Double.longBitsToDouble(rows[at + GroupRows.MAX_IMPACT]));
            double arrival = onset[source] + Double.longBitsToDouble(rows[at + GroupRows.DELAY]);
            double ramp = Double.longBitsToDouble(rows[at + GroupRows.RAMP]);
            double grown = top * GrowthCurve.fraction(GroupRows.growth(rows[at]), t - arrival, ramp);
            smallest = Math.min(smallest, grown);
        }
        return smallest;
    }
}
