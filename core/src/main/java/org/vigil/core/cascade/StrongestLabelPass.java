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
        // Keys are negated values, so the strongest comes out first; turned into values at the end.
        PassLabels key = new PassLabels(g, Double.POSITIVE_INFINITY);
        int weight = kind == Kind.LIKELIHOOD ? OutRows.LIKELIHOOD : OutRows.MAX_IMPACT;
        int[] remaining = EarliestArrivalPass.groupSizes(g);
        double[] scratch = new double[largestGroup(g)];
        LabelQueue queue = new LabelQueue(n);
        for (int i = 0; i < plan.startAssets.length; i++) {
            double value = kind == Kind.LIKELIHOOD ? 1.0 : plan.startLevels[i];
            offer(queue, key, plan.startDelivers(i), plan.startAssets[i], value);
        }
        long[] rows = g.outRows.rows;
        int[] groupTargets = g.groupTargets;
        for (int u = queue.poll(); u >= 0; u = queue.poll()) {
            double value = -queue.currentKey();
            long out = queue.currentOutEdges();
            for (int e = PassLabels.first(out), end = PassLabels.end(out); e < end; e++) {
                long code = rows[e * OutRows.STRIDE];
                if (code == OutRows.INERT) {
                    continue;
                }
                if (code >= 0) {
                    boolean delivers = deliveries == null || deliveries.singletonDelivers(e);
                    double w = Double.longBitsToDouble(rows[e * OutRows.STRIDE + weight]);
                    offer(queue, key, delivers, (int) code, combine(value, w));
                } else {
                    int group = OutRows.group(code);
                    if (--remaining[group] == 0 && (deliveries == null || deliveries.groupDelivers(group))) {
                        offer(queue, key, true, groupTargets[group], groupValue(g, group, key, scratch));
                    }
                }
            }
        }
        double[] label = key.toArray();
        for (int a = 0; a < n; a++) {
            label[a] = label[a] == Double.POSITIVE_INFINITY ? 0 : -label[a];
        }
        return label;
    }

    private static void offer(LabelQueue queue, PassLabels key, boolean delivers, int node, double value) {
        double k = -value;
        // A settled target (most are) is turned away without reading its key.
        if (delivers && !queue.isSettled(node) && k < key.get(node)) {
            key.set(node, k);
            queue.offer(node, k, key.outEdges(node));
        }
    }

    private double combine(double value, double weight) {
        return kind == Kind.LIKELIHOOD ? value * weight : Math.min(value, weight);
    }

    /** The group's value from its members' sources, all settled: their keys are their negated values. */
    private double groupValue(CascadeGraph g, int group, PassLabels key, double[] scratch) {
        long[] rows = g.groupRows.rows;
        int weight = kind == Kind.LIKELIHOOD ? GroupRows.LIKELIHOOD : GroupRows.MAX_IMPACT;
        int count = 0;
        for (int p = g.groupOffsets[group]; p < g.groupOffsets[group + 1]; p++) {
            int source = GroupRows.source(rows[p * GroupRows.STRIDE]);
            double w = Double.longBitsToDouble(rows[p * GroupRows.STRIDE + weight]);
            scratch[count++] = combine(-key.get(source), w);
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
