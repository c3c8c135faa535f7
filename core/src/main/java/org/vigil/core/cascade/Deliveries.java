package org.vigil.core.cascade;

/**
 * Which contributions get through in a run, worked out once from the onsets. A stand-alone
 * dependency delivers if its source was hit, it can pass anything on, and (under mitigations) it
 * arrives before its target is blocked and before the dependency ends. A redundancy group
 * delivers if every member's source was hit and its latest arrival gets through the same way.
 */
final class Deliveries {

    private final PropagationPlan plan;
    private final double[] onset;
    private final double[] groupArrival;

    Deliveries(PropagationPlan plan, double[] onset) {
        this.plan = plan;
        this.onset = onset;
        CascadeGraph g = plan.graph;
        groupArrival = new double[g.groupCount()];
        long[] members = g.groupRows.rows;
        for (int group = 0; group < groupArrival.length; group++) {
            double latest = Double.NEGATIVE_INFINITY;
            for (int i = g.groupOffsets[group]; i < g.groupOffsets[group + 1]; i++) {
                int source = GroupRows.source(members[i * GroupRows.STRIDE]);
                double delay = Double.longBitsToDouble(members[i * GroupRows.STRIDE + GroupRows.DELAY]);
                double arrival = g.isInert(g.groupMembers[i]) ? Double.POSITIVE_INFINITY : onset[source] + delay;
                latest = Math.max(latest, arrival);
            }
            boolean delivers = latest < Double.POSITIVE_INFINITY && plan.groupAdmits(group, latest);
            groupArrival[group] = delivers ? latest : Double.POSITIVE_INFINITY;
        }
    }

    double[] onset() {
        return onset;
    }

    PropagationPlan plan() {
        return plan;
    }

    boolean isImpacted(int asset) {
        return onset[asset] < Double.POSITIVE_INFINITY;
    }

    /** When the edge's contribution arrives (+∞ if its source was never hit). */
    double arrival(int edge) {
        return onset[plan.graph.sources[edge]] + plan.graph.delays[edge];
    }

    boolean singletonDelivers(int edge) {
        CascadeGraph g = plan.graph;
        double source = onset[g.sources[edge]];
        return source < Double.POSITIVE_INFINITY
                && !g.isInert(edge)
                && plan.singletonAdmits(edge, source + g.delays[edge]);
    }

    boolean groupDelivers(int group) {
        return groupArrival[group] < Double.POSITIVE_INFINITY;
    }

    /** When the group's contribution arrives: its latest member's arrival; +∞ if it does not deliver. */
    double groupArrival(int group) {
        return groupArrival[group];
    }
}
