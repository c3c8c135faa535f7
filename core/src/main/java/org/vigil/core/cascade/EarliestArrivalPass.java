package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * Onsets: the earliest minute any contribution reaches each asset. Dijkstra's label setting with
 * AND nodes (Knuth's generalisation): a stand-alone dependency from u arrives at T(u) + delay; a
 * redundancy group arrives only once all its members have, at the latest of their arrivals. Both
 * are never earlier than the settled T(u) they come from, so settling in order of time stays
 * exact, and cycles need nothing special: an asset is settled once.
 */
final class EarliestArrivalPass {

    private final PropagationPlan plan;

    EarliestArrivalPass(PropagationPlan plan) {
        this.plan = plan;
    }

    /** Per asset its onset minute, +∞ for an asset nothing reaches. */
    double[] run() {
        CascadeGraph g = plan.graph;
        // Each asset's earliest arrival found so far, final once it is settled.
        PassLabels onset = new PassLabels(g, Double.POSITIVE_INFINITY);
        int[] remaining = groupSizes(g);
        double[] groupArrival = new double[remaining.length];
        Arrays.fill(groupArrival, Double.NEGATIVE_INFINITY);
        LabelQueue queue = new LabelQueue(onset.size());
        for (int i = 0; i < plan.startAssets.length; i++) {
            int a = plan.startAssets[i];
            if (plan.startDelivers(i) && plan.startMinutes[i] < onset.get(a)) {
                onset.set(a, plan.startMinutes[i]);
                queue.offer(a, plan.startMinutes[i], onset.outEdges(a));
            }
        }
        long[] rows = g.outRows.rows;
        int[] groupTargets = g.groupTargets;
        boolean timed = plan.isTimed();
        for (int u = queue.poll(); u >= 0; u = queue.poll()) {
            double t = queue.currentKey();
            long out = queue.currentOutEdges();
            for (int e = PassLabels.first(out), end = PassLabels.end(out); e < end; e++) {
                long code = rows[e * OutRows.STRIDE];
                if (code == OutRows.INERT) {
                    continue;
                }
                double arrival = t + Double.longBitsToDouble(rows[e * OutRows.STRIDE + OutRows.DELAY]);
                if (code >= 0) {
                    int v = (int) code;
                    // A settled target (most are) is turned away without reading its onset.
                    if (!queue.isSettled(v) && arrival < onset.get(v) && (!timed || plan.singletonAdmits(e, arrival))) {
                        onset.set(v, arrival);
                        queue.offer(v, arrival, onset.outEdges(v));
                    }
                } else {
                    int group = OutRows.group(code);
                    if (arrival > groupArrival[group]) {
                        groupArrival[group] = arrival;
                    }
                    if (--remaining[group] == 0) {
                        int v = groupTargets[group];
                        double latest = groupArrival[group];
                        if (!queue.isSettled(v)
                                && latest < onset.get(v)
                                && (!timed || plan.groupAdmits(group, latest))) {
                            onset.set(v, latest);
                            queue.offer(v, latest, onset.outEdges(v));
                        }
                    }
                }
            }
        }
        return onset.toArray();
    }

    static int[] groupSizes(CascadeGraph g) {
        int[] sizes = new int[g.groupCount()];
        for (int group = 0; group < sizes.length; group++) {
            sizes[group] = g.groupOffsets[group + 1] - g.groupOffsets[group];
        }
        return sizes;
    }
}
