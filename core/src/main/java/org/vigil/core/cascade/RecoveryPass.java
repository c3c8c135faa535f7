package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * Recovery times, when restores or supplier switches make contributions end: a discrete-event run
 * in time order. A restored asset recovers at its restore time; a contribution ends when its source
 * recovers plus the dependency's delay (or when its dependency is switched away from), a group's
 * when its first member's does; an asset recovers once every contribution that reached it has
 * ended. An asset kept down by a contribution that never ends, such as its own start or a cycle of
 * assets holding each other down, never recovers.
 */
final class RecoveryPass {

    private static final long ASSET_RECOVERS = 0;
    private static final long EDGE_ENDS = 1L << 32;

    private final Deliveries deliveries;

    RecoveryPass(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Per asset the minute it works again; +∞ if it never does (or was never hit). */
    double[] run() {
        PropagationPlan plan = deliveries.plan();
        CascadeGraph g = plan.graph;
        int n = g.assetCount();
        int[] pending = new int[n];
        for (int i = 0; i < plan.startAssets.length; i++) {
            if (plan.startDelivers(i)) {
                pending[plan.startAssets[i]]++;
            }
        }
        EventQueue queue = new EventQueue();
        for (int e = 0; e < g.dependencyCount(); e++) {
            if (delivers(e)) {
                if (g.groups[e] < 0) {
                    pending[g.targets[e]]++;
                }
                double until = plan.edgeUntil(e);
                if (until < Double.POSITIVE_INFINITY) {
                    queue.add(until, EDGE_ENDS | e);
                }
            }
        }
        for (int group = 0; group < g.groupCount(); group++) {
            if (deliveries.groupDelivers(group)) {
                pending[g.groupTargets[group]]++;
            }
        }
        for (int a = 0; a < n; a++) {
            double restore = plan.restoreAt(a);
            if (deliveries.isImpacted(a) && restore < Double.POSITIVE_INFINITY) {
                queue.add(restore, ASSET_RECOVERS | a);
            }
        }

        double[] recovery = new double[n];
        Arrays.fill(recovery, Double.POSITIVE_INFINITY);
        boolean[] edgeEnded = new boolean[g.dependencyCount()];
        boolean[] groupEnded = new boolean[g.groupCount()];
        while (!queue.isEmpty()) {
            double time = queue.peekTime();
            long event = queue.poll();
            int id = (int) event;
            if ((event & EDGE_ENDS) == 0) {
                if (recovery[id] < Double.POSITIVE_INFINITY) {
                    continue;
                }
                recovery[id] = time;
                for (int e = g.outOffsets[id]; e < g.outOffsets[id + 1]; e++) {
                    if (delivers(e)) {
                        queue.add(time + g.delays[e], EDGE_ENDS | e);
                    }
                }
            } else {
                int group = g.groups[id];
                boolean first = group < 0 ? !edgeEnded[id] : !groupEnded[group];
                if (!first) {
                    continue;
                }
                if (group < 0) {
                    edgeEnded[id] = true;
                } else {
                    groupEnded[group] = true;
                }
                int target = g.targets[id];
                if (recovery[target] == Double.POSITIVE_INFINITY && --pending[target] == 0) {
                    queue.add(time, ASSET_RECOVERS | target);
                }
            }
        }
        return recovery;
    }

    private boolean delivers(int e) {
        int group = deliveries.plan().graph.groups[e];
        return group < 0 ? deliveries.singletonDelivers(e) : deliveries.groupDelivers(group);
    }
}
