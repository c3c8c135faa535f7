package org.vigil.bench.cascade;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.vigil.core.cascade.CascadeGraph;

/**
 * The natural peer of the engine's onsets: an asset's earliest impact time is its shortest-path
 * distance from the start set, with each dependency's delay as the edge weight. This holds the
 * same graph as JGraphT objects and runs JGraphT's {@link DijkstraShortestPath} over it.
 *
 * <p>Dijkstra has one source; the start set has several. The usual reduction: a virtual
 * super-source with a zero-weight edge to each start asset. A path from it is a path from some
 * start asset, and its length is the same, so its distances are the multi-source distances. It is
 * wired in with the graph, before anything is timed.
 *
 * <p>Dependencies that cannot pass anything on (likelihood or maximum impact 0) are left out, as
 * the engine ignores them. A redundancy group is an AND (it delivers only once all members have),
 * which a shortest path cannot express: its members are plain edges here, so JGraphT's distance is
 * never later than the engine's onset and equal wherever a shortest path needs no group. The
 * distances without the group edges ({@link #distancesWithoutGroups()}) bound the onsets from
 * above; {@link OnsetCheck} uses both.
 */
final class JGraphTPeer {

    /** A weighted edge that remembers whether the engine sees it as a redundancy group member. */
    static final class DependencyEdge extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;

        final boolean grouped;

        DependencyEdge(boolean grouped) {
            this.grouped = grouped;
        }
    }

    private final Graph<Integer, DependencyEdge> graph;
    private final Integer superSource;
    private final int assets;
    private final boolean hasGroups;

    private JGraphTPeer(Graph<Integer, DependencyEdge> graph, Integer superSource, int assets, boolean hasGroups) {
        this.graph = graph;
        this.superSource = superSource;
        this.assets = assets;
        this.hasGroups = hasGroups;
    }

    /**
     * The graph as JGraphT objects: vertex {@code a} is asset {@code a}, vertex {@code n} the
     * super-source, joined to each start asset.
     */
    static JGraphTPeer of(CascadeGraph cascade, List<Integer> startAssets) {
        int n = cascade.assetCount();
        Graph<Integer, DependencyEdge> graph = new DefaultDirectedWeightedGraph<>(null, null);
        for (int a = 0; a <= n; a++) {
            graph.addVertex(a);
        }
        boolean hasGroups = false;
        for (int e = 0; e < cascade.dependencyCount(); e++) {
            if (cascade.likelihood(e) == 0 || cascade.maxImpact(e) == 0) {
                continue;
            }
            boolean grouped = cascade.group(e) >= 0;
            hasGroups |= grouped;
            add(graph, cascade.source(e), cascade.target(e), new DependencyEdge(grouped), cascade.delayMinutes(e));
        }
        Integer superSource = n;
        for (int start : startAssets) {
            add(graph, superSource, start, new DependencyEdge(false), 0);
        }
        return new JGraphTPeer(graph, superSource, n, hasGroups);
    }

    private static void add(
            Graph<Integer, DependencyEdge> graph, int from, int to, DependencyEdge edge, double weight) {
        // A DefaultDirectedWeightedGraph takes no parallel edges: the two graphs would differ.
        if (!graph.addEdge(from, to, edge)) {
            throw new IllegalArgumentException("two dependencies from " + from + " to " + to + ": JGraphT's "
                    + DefaultDirectedWeightedGraph.class.getSimpleName() + " would keep one");
        }
        graph.setEdgeWeight(edge, weight);
    }

    /**
     * What is timed: Dijkstra from the super-source over the whole graph, then every asset's
     * distance read out (so no lazy evaluation is left unpaid); +∞ for an asset it does not reach.
     */
    double[] distances() {
        return distances(graph);
    }

    /** The distances with the redundancy-group edges left out (for the check; not timed). */
    double[] distancesWithoutGroups() {
        return hasGroups ? distances(new MaskSubgraph<>(graph, v -> false, e -> e.grouped)) : distances();
    }

    boolean hasGroups() {
        return hasGroups;
    }

    int vertexCount() {
        return graph.vertexSet().size();
    }

    int edgeCount() {
        return graph.edgeSet().size();
    }

    private double[] distances(Graph<Integer, DependencyEdge> over) {
        SingleSourcePaths<Integer, DependencyEdge> paths = new DijkstraShortestPath<>(over).getPaths(superSource);
        double[] distance = new double[assets];
        for (int a = 0; a < assets; a++) {
            distance[a] = paths.getWeight(a);
        }
        return distance;
    }
}
