package org.vigil.core.cascade;

/**
 * The onsets of one Monte Carlo run: the {@link EarliestArrivalPass earliest-arrival pass} over
 * only the dependencies present in the run, each present with its likelihood and independently of
 * the others. A present dependency passes impact on for sure; a redundancy group needs all its
 * members present and their sources hit, as in the engine. Presence is drawn when the source is
 * settled, so a run pays for the part of the graph it reaches, not for the whole graph.
 *
 * <p>One instance per thread: its arrays are reused from run to run, and only what a run touched
 * is reset before the next one.
 */
final class SampledOnsetPass {

    private final PropagationPlan plan;
    private final long[] presenceBounds;
    private final NodeHeap heap;
    private final double[] onset;
    private final int[] reached;
    private int reachedCount;
    private final int[] groupRemaining;
    private final double[] groupArrival;
    /** The run that last touched each group, so groups need no reset between runs. */
    private final int[] groupStamp;

    private int stamp;

    /** @param presenceBounds {@link RunStreams#presenceBounds} of the plan's graph, shared by all threads */
    SampledOnsetPass(PropagationPlan plan, long[] presenceBounds) {
        this.plan = plan;
        this.presenceBounds = presenceBounds;
        CascadeGraph g = plan.graph;
        int n = g.assetCount();
        heap = new NodeHeap(n);
        onset = new double[n];
        reached = new int[n];
        groupRemaining = new int[g.groupCount()];
        groupArrival = new double[g.groupCount()];
        groupStamp = new int[g.groupCount()];
    }

    /**
     * Runs once with the draws of {@code runSeed}; then {@link #reachedCount()} assets are hit,
     * {@link #reached(int)} in order of onset.
     */
    void run(long runSeed) {
        heap.forget(reached, reachedCount);
        reachedCount = 0;
        stamp++;
        for (int i = 0; i < plan.startAssets.length; i++) {
            if (plan.startDelivers(i)) {
                heap.offer(plan.startAssets[i], plan.startMinutes[i]);
            }
        }
        CascadeGraph g = plan.graph;
        int[] targets = g.targets;
        int[] groups = g.groups;
        double[] delays = g.delays;
        long[] bounds = presenceBounds;
        int[] outOffsets = g.outOffsets;
        boolean timed = plan.isTimed();
        while (!heap.isEmpty()) {
            double t = heap.peekKey();
            int u = heap.poll();
            onset[u] = t;
            reached[reachedCount++] = u;
            for (int e = outOffsets[u], end = outOffsets[u + 1]; e < end; e++) {
                long bound = bounds[e];
                if (bound == 0 || (bound < RunStreams.ALWAYS && RunStreams.bits(runSeed, e) >= bound)) {
                    continue;
                }
                double arrival = t + delays[e];
                int group = groups[e];
                if (group < 0) {
                    if (!timed || plan.singletonAdmits(e, arrival)) {
                        heap.offer(targets[e], arrival);
                    }
                    continue;
                }
                if (groupStamp[group] != stamp) {
                    groupStamp[group] = stamp;
                    groupRemaining[group] = g.groupOffsets[group + 1] - g.groupOffsets[group];
                    groupArrival[group] = Double.NEGATIVE_INFINITY;
                }
                groupArrival[group] = Math.max(groupArrival[group], arrival);
                if (--groupRemaining[group] == 0 && (!timed || plan.groupAdmits(group, groupArrival[group]))) {
                    heap.offer(targets[e], groupArrival[group]);
                }
            }
        }
    }

    int reachedCount() {
        return reachedCount;
    }

    /** The i-th asset hit in the last run. */
    int reached(int i) {
        return reached[i];
    }

    /** The asset's onset in the last run; only meaningful for an asset it reached. */
    double onset(int asset) {
        return onset[asset];
    }
}
