package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * Likelihoods or levels: the strongest value any contribution brings each asset, by label setting
 * in order of decreasing value (Dijkstra for "widest" paths). A stand-alone dependency passes on
 * its source's value combined with its own weight; a redundancy group, once all members have
 * come, passes on the combination of all of them.
 *
 * <ul>
 *   <li>{@link Kind#LIKELIHOOD}: start assets 1, weight = the dependency's likelihood, combined by
 *       product (max-product labels);
 *   <li>{@link Kind#LEVEL}: start assets their start level, weight = the dependency's maxImpact,
 *       combined by minimum (max-min labels).
 * </ul>
 *
 * Either combination never exceeds the source's value, so the value settled first is final and
 * cycles terminate. A group's product is taken over its members' values in ascending order, so it
 * is the same bit for bit whatever order the members were added in.
 */
final class StrongestLabelPass {

    enum Kind {
        LIKELIHOOD,
        LEVEL
    }

    private final PropagationPlan plan;
    private final Kind kind;
    private final Deliveries deliveries;

    /**
     * @param deliveries which contributions get through, for a timed plan (worked out from the
     *     onsets); null for an untimed plan, where reaching the source is enough
     */
    StrongestLabelPass(PropagationPlan plan, Kind kind, Deliveries deliveries) {
        this.plan = plan;
        this.kind = kind;
        this.deliveries = deliveries;
        if (plan.isTimed() && deliveries == null) {
            throw new IllegalStateException("a timed plan needs its deliveries");
        }
    }

    /** Per asset its value, 0 for an asset nothing reaches. */
    double[] run() {
        CascadeGraph g = plan.graph;
        int n = g.assetCount();
        double[] label = new double[n];
        double[] weights = kind == Kind.LIKELIHOOD ? g.likelihoods : g.maxImpacts;
        int[] remaining = EarliestArrivalPass.groupSizes(g);
        double[] scratch = new double[largestGroup(g)];
        NodeHeap heap = new NodeHeap(n);
        for (int i = 0; i < plan.startAssets.length; i++) {
            if (plan.startDelivers(i)) {
                double value = kind == Kind.LIKELIHOOD ? 1.0 : plan.startLevels[i];
                heap.offer(plan.startAssets[i], -value);
            }
        }
        int[] targets = g.targets;
        int[] groups = g.groups;
        int[] outOffsets = g.outOffsets;
        boolean[] inert = g.inert;
        while (!heap.isEmpty()) {
            double value = -heap.peekKey();
            int u = heap.poll();
            label[u] = value;
            for (int e = outOffsets[u], end = outOffsets[u + 1]; e < end; e++) {
                if (inert != null && inert[e]) {
                    continue;
                }
                int group = groups[e];
                if (group < 0) {
                    if (deliveries == null || deliveries.singletonDelivers(e)) {
                        heap.offer(targets[e], -combine(value, weights[e]));
                    }
                } else if (--remaining[group] == 0 && (deliveries == null || deliveries.groupDelivers(group))) {
                    heap.offer(targets[e], -groupValue(g, group, label, weights, scratch));
                }
            }
        }
        return label;
    }

    private double combine(double value, double weight) {
        return kind == Kind.LIKELIHOOD ? value * weight : Math.min(value, weight);
    }

    private double groupValue(CascadeGraph g, int group, double[] label, double[] weights, double[] scratch) {
        int count = 0;
        for (int i = g.groupOffsets[group]; i < g.groupOffsets[group + 1]; i++) {
            int e = g.groupMembers[i];
            scratch[count++] = combine(label[g.sources[e]], weights[e]);
        }
        Arrays.sort(scratch, 0, count);
        if (kind == Kind.LEVEL) {
            return scratch[0];
        }
        double product = 1.0;
        for (int i = 0; i < count; i++) {
            product *= scratch[i];
        }
        return product;
    }

    static int largestGroup(CascadeGraph g) {
        int largest = 0;
        for (int group = 0; group < g.groupCount(); group++) {
            largest = Math.max(largest, g.groupOffsets[group + 1] - g.groupOffsets[group]);
        }
        return largest;
    }
}
