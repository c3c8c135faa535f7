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
        int n = g.assetCount();
        double[] onset = new double[n];
        Arrays.fill(onset, Double.POSITIVE_INFINITY);
        int[] remaining = groupSizes(g);
        double[] groupArrival = new double[remaining.length];
        Arrays.fill(groupArrival, Double.NEGATIVE_INFINITY);
        NodeHeap heap = new NodeHeap(n);
        for (int i = 0; i < plan.startAssets.length; i++) {
            if (plan.startDelivers(i)) {
                heap.offer(plan.startAssets[i], plan.startMinutes[i]);
            }
        }
        int[] targets = g.targets;
        int[] groups = g.groups;
        double[] delays = g.delays;
        int[] outOffsets = g.outOffsets;
        boolean[] inert = g.inert;
        boolean timed = plan.isTimed();
        while (!heap.isEmpty()) {
            double t = heap.peekKey();
            int u = heap.poll();
            onset[u] = t;
            for (int e = outOffsets[u], end = outOffsets[u + 1]; e < end; e++) {
                if (inert != null && inert[e]) {
                    continue;
                }
                double arrival = t + delays[e];
                int group = groups[e];
                if (group < 0) {
                    if (!timed || plan.singletonAdmits(e, arrival)) {
                        heap.offer(targets[e], arrival);
                    }
                } else {
                    if (arrival > groupArrival[group]) {
                        groupArrival[group] = arrival;
                    }
                    if (--remaining[group] == 0 && (!timed || plan.groupAdmits(group, groupArrival[group]))) {
                        heap.offer(targets[e], groupArrival[group]);
                    }
                }
            }
        }
        return onset;
    }

    static int[] groupSizes(CascadeGraph g) {
        int[] sizes = new int[g.groupCount()];
        for (int group = 0; group < sizes.length; group++) {
            sizes[group] = g.groupOffsets[group + 1] - g.groupOffsets[group];
        }
        return sizes;
    }
}
