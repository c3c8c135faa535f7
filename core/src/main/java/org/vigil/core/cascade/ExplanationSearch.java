package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The k most likely paths from the start set to one asset, by best-first search backwards from it
 * (A*): a partial path from asset u to the target is ranked by its own likelihood times u's
 * likelihood from the run, which no completion through u can beat, so complete paths come out
 * most likely first. Paths are simple, begin at a start asset and pass no other, and follow only
 * contributions that delivered in the run. Equally likely paths are ordered by their asset ids, so
 * the answer never depends on the order the graph was built in.
 */
final class ExplanationSearch {

    /** Partial paths looked at before the search gives up on finding more. */
    static final int STATE_LIMIT = 200_000;

    private static final double TIE = 1e-12;

    private final PropagationPlan plan;
    private final Deliveries deliveries;
    private final double[] likelihood;

    private int[] node = new int[64];
    private int[] parent = new int[64];
    private int[] edge = new int[64];
    private double[] factor = new double[64];
    private double[] suffix = new double[64];
    private int states;

    ExplanationSearch(Deliveries deliveries, double[] likelihood) {
        this.plan = deliveries.plan();
        this.deliveries = deliveries;
        this.likelihood = likelihood;
    }

    List<ExplanationPath> mostLikely(int target, int k) {
        if (k <= 0 || !deliveries.isImpacted(target)) {
            return List.of();
        }
        CascadeGraph g = plan.graph;
        EventQueue queue = new EventQueue();
        queue.add(-likelihood[target], add(target, -1, -1, 1.0, 1.0));
        List<Integer> complete = new ArrayList<>();
        List<Double> completePriority = new ArrayList<>();
        while (!queue.isEmpty() && states < STATE_LIMIT) {
            double priority = -queue.peekTime();
            if (complete.size() >= k && priority < completePriority.get(k - 1) * (1 - TIE)) {
                break;
            }
            int s = (int) queue.poll();
            int u = node[s];
            if (!Double.isNaN(startMinute(u))) {
                complete.add(s);
                completePriority.add(priority);
                continue;
            }
            for (int p = g.inOffsets[u]; p < g.inOffsets[u + 1]; p++) {
                int e = g.inEdges[p];
                if (g.groups[e] < 0 && deliveries.singletonDelivers(e)) {
                    extend(queue, s, e, g.likelihoods[e]);
                }
            }
            for (int p = g.targetGroupOffsets[u]; p < g.targetGroupOffsets[u + 1]; p++) {
                int group = g.targetGroups[p];
                if (!deliveries.groupDelivers(group)) {
                    continue;
                }
                for (int m = g.groupOffsets[group]; m < g.groupOffsets[group + 1]; m++) {
                    int e = g.groupMembers[m];
                    extend(queue, s, e, g.likelihoods[e] * othersLikelihood(group, e));
                }
            }
        }
        List<ExplanationPath> paths = new ArrayList<>();
        for (int s : complete) {
            paths.add(path(s));
        }
        paths.sort(Comparator.comparingDouble(ExplanationPath::likelihood)
                .reversed()
                .thenComparing(ExplanationPath::assetIds, ExplanationSearch::compareIds)
                .thenComparing(ExplanationPath::arrivalMinute)
                .thenComparing(ExplanationPath::toString));
        return List.copyOf(paths.subList(0, Math.min(k, paths.size())));
    }

    private void extend(EventQueue queue, int s, int e, double hopFactor) {
        int w = plan.graph.sources[e];
        if (onPath(s, w)) {
            return;
        }
        double value = suffix[s] * hopFactor;
        queue.add(-(likelihood[w] * value), add(w, s, e, hopFactor, value));
    }

    /** The product of the other members' contributions, in ascending order as the run takes it. */
    private double othersLikelihood(int group, int member) {
        CascadeGraph g = plan.graph;
        double[] values = new double[g.groupOffsets[group + 1] - g.groupOffsets[group]];
        int count = 0;
        for (int m = g.groupOffsets[group]; m < g.groupOffsets[group + 1]; m++) {
            int e = g.groupMembers[m];
            if (e != member) {
                values[count++] = likelihood[g.sources[e]] * g.likelihoods[e];
            }
        }
        Arrays.sort(values, 0, count);
        double product = 1.0;
        for (int i = 0; i < count; i++) {
            product *= values[i];
        }
        return product;
    }

    private boolean onPath(int s, int asset) {
        for (int at = s; at >= 0; at = parent[at]) {
            if (node[at] == asset) {
                return true;
            }
        }
        return false;
    }

    /** The earliest delivered start minute of the asset, NaN if it is not a start asset. */
    private double startMinute(int asset) {
        double earliest = Double.NaN;
        for (int k = plan.firstStartOf(asset);
                k < plan.startsByAsset.length && plan.startAssets[plan.startsByAsset[k]] == asset;
                k++) {
            int i = plan.startsByAsset[k];
            if (plan.startDelivers(i) && !(plan.startMinutes[i] >= earliest)) {
                earliest = plan.startMinutes[i];
            }
        }
        return earliest;
    }

    private ExplanationPath path(int first) {
        CascadeGraph g = plan.graph;
        double start = startMinute(node[first]);
        double time = start;
        double product = 1.0;
        List<Hop> hops = new ArrayList<>();
        for (int s = first; parent[s] >= 0; s = parent[s]) {
            int e = edge[s];
            time += g.delays[e];
            int group = g.groups[e];
            if (group >= 0) {
                time = Math.max(time, latestOtherArrival(group, e));
            }
            product *= factor[s];
            hops.add(new Hop(
                    g.assetIds[node[s]],
                    g.assetIds[node[parent[s]]],
                    factor[s],
                    time,
                    group < 0 ? Optional.empty() : Optional.of(g.groupNames[group])));
        }
        return new ExplanationPath(g.assetIds[node[first]], start, hops, product);
    }

    private double latestOtherArrival(int group, int member) {
        CascadeGraph g = plan.graph;
        double latest = Double.NEGATIVE_INFINITY;
        for (int m = g.groupOffsets[group]; m < g.groupOffsets[group + 1]; m++) {
            int e = g.groupMembers[m];
            if (e != member) {
                latest = Math.max(latest, deliveries.arrival(e));
            }
        }
        return latest;
    }

    private int add(int asset, int towardsTarget, int via, double hopFactor, double value) {
        if (states == node.length) {
            int capacity = states * 2;
            node = Arrays.copyOf(node, capacity);
            parent = Arrays.copyOf(parent, capacity);
            edge = Arrays.copyOf(edge, capacity);
            factor = Arrays.copyOf(factor, capacity);
            suffix = Arrays.copyOf(suffix, capacity);
        }
        node[states] = asset;
        parent[states] = towardsTarget;
        edge[states] = via;
        factor[states] = hopFactor;
        suffix[states] = value;
        return states++;
    }

    private static int compareIds(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
