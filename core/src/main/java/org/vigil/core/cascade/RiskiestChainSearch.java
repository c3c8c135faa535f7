package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The k riskiest dependency chains: simple paths of 1 to {@code maxHops} dependencies whose risk,
 * the product of their hop likelihoods ({@link HopLikelihoods}) times the end asset's criticality
 * weight, is highest. Best-first search over partial chains from every asset at once, most likely
 * first: no extension of a chain is more likely than the chain itself, so once the most likely
 * open chain times the largest weight falls below the k-th risk found, nothing better is left.
 * Equal risks are ordered by the chains' asset ids, so the answer never depends on the order the
 * graph was built in; the search gives up after {@link #STATE_LIMIT} partial chains.
 */
final class RiskiestChainSearch {

    static final int STATE_LIMIT = 1_000_000;

    private final CascadeGraph graph;
    private final double[] hop;

    private int[] node = new int[64];
    private int[] parent = new int[64];
    private int[] depth = new int[64];
    private double[] likelihood = new double[64];
    private int states;

    RiskiestChainSearch(CascadeGraph graph) {
        this.graph = graph;
        this.hop = HopLikelihoods.of(graph);
    }

    List<DependencyChain> riskiest(int k, int maxHops) {
        if (k <= 0 || maxHops <= 0) {
            return List.of();
        }
        CascadeGraph g = graph;
        double largestWeight = 0;
        EventQueue queue = new EventQueue();
        for (int a = 0; a < g.assetCount(); a++) {
            largestWeight = Math.max(largestWeight, HopLikelihoods.criticalityWeight(g, a));
            queue.add(-1.0, add(a, -1, 0, 1.0));
        }
        List<DependencyChain> found = new ArrayList<>();
        Comparator<DependencyChain> order = Comparator.comparingDouble(DependencyChain::risk)
                .reversed()
                .thenComparing(DependencyChain::assetIds, RiskiestChainSearch::compareIds);
        while (!queue.isEmpty() && states < STATE_LIMIT) {
            double bound = -queue.peekTime() * largestWeight;
            if (found.size() >= k && bound < found.get(k - 1).risk()) {
                break;
            }
            int s = (int) queue.poll();
            int u = node[s];
            double risk = likelihood[s] * HopLikelihoods.criticalityWeight(g, u);
            if (depth[s] > 0 && (found.size() < k || risk >= found.get(k - 1).risk())) {
                found.add(chain(s));
                found.sort(order);
                if (found.size() > k) {
                    found.remove(k);
                }
            }
            if (depth[s] == maxHops) {
                continue;
            }
            for (int e = g.outOffsets[u]; e < g.outOffsets[u + 1]; e++) {
                int v = g.targets[e];
                if (hop[e] > 0 && !onChain(s, v)) {
                    double value = likelihood[s] * hop[e];
                    queue.add(-value, add(v, s, depth[s] + 1, value));
                }
            }
        }
        return List.copyOf(found);
    }

    private DependencyChain chain(int last) {
        List<String> ids = new ArrayList<>();
        for (int s = last; s >= 0; s = parent[s]) {
            ids.add(graph.assetId(node[s]));
        }
        Collections.reverse(ids);
        int end = node[last];
        return new DependencyChain(
                ids,
                likelihood[last],
                graph.criticality(end),
                likelihood[last] * HopLikelihoods.criticalityWeight(graph, end));
    }

    private boolean onChain(int s, int asset) {
        for (int at = s; at >= 0; at = parent[at]) {
            if (node[at] == asset) {
                return true;
            }
        }
        return false;
    }

    private int add(int asset, int previous, int hops, double value) {
        if (states == node.length) {
            int capacity = states * 2;
            node = Arrays.copyOf(node, capacity);
            parent = Arrays.copyOf(parent, capacity);
            depth = Arrays.copyOf(depth, capacity);
            likelihood = Arrays.copyOf(likelihood, capacity);
        }
        node[states] = asset;
        parent[states] = previous;
        depth[states] = hops;
        likelihood[states] = value;
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
