package org.vigil.core.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nodes and links a file describes, as its events arrive; turned into a scenario only once the
 * whole file has been read. Follows removals and changes too, so a dynamic file (DGS) yields its
 * final graph. Keeps only the attributes Vigil maps, so that large files stay small in memory.
 */
final class TopologyDraft {

    /** A node as the file gives it. A removed node's links die with it, even if it comes back. */
    static final class Node {
        final String id;
        final int index;
        final int line;
        private Map<String, Object> attributes;
        private boolean removed;

        private Node(String id, int index, int line) {
            this.id = id;
            this.index = index;
            this.line = line;
        }

        Object attribute(String name) {
            return attributes == null ? null : attributes.get(name);
        }

        String where() {
            return "node[" + id + "]";
        }
    }

    /** A link as the file gives it; {@code id} is null in an edge list, where links have none. */
    static final class Edge {
        final String id;
        final Node from;
        final Node to;
        final boolean directed;
        final int line;
        private Map<String, Object> attributes;
        private boolean removed;

        private Edge(String id, Node from, Node to, boolean directed, int line) {
            this.id = id;
            this.from = from;
            this.to = to;
            this.directed = directed;
            this.line = line;
        }

        Object attribute(String name) {
            return attributes == null ? null : attributes.get(name);
        }

        boolean hasAttributes() {
            return attributes != null && !attributes.isEmpty();
        }

        /** Where an attribute of this link is: {@code edge[e1].likelihood}, or only the column in an edge list. */
        String where(String attribute) {
            return id == null ? attribute : "edge[" + id + "]." + attribute;
        }

        private boolean alive() {
            return !removed && !from.removed && !to.removed;
        }
    }

    private final boolean nodesDeclared;
    private final ProblemList problems;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, Edge> edgesById = new HashMap<>();
    private int nextIndex;

    /**
     * @param nodesDeclared whether a link may only name nodes the file declared before; if not,
     *     naming a node declares it
     */
    TopologyDraft(boolean nodesDeclared, ProblemList problems) {
        this.nodesDeclared = nodesDeclared;
        this.problems = problems;
    }

    Node addNode(String id, int line) {
        return nodes.computeIfAbsent(id, k -> new Node(k, nextIndex++, line));
    }

    void removeNode(String id) {
        Node node = nodes.remove(id);
        if (node != null) {
            node.removed = true;
        }
    }

    void setNodeAttribute(String nodeId, String name, Object value) {
        Node node = nodes.get(nodeId);
        if (node != null) {
            node.attributes = set(node.attributes, name, value, AssetAttributes.NAMES);
        }
    }

    void removeNodeAttribute(String nodeId, String name) {
        setNodeAttribute(nodeId, name, null);
    }

    /** The new link, or null after reporting a node the file never declared. */
    Edge addEdge(String id, String fromId, String toId, boolean directed, int line) {
        Node from = endpoint(id, fromId, line);
        Node to = endpoint(id, toId, line);
        if (from == null || to == null) {
            return null;
        }
        Edge edge = new Edge(id, from, to, directed, line);
        edges.add(edge);
        if (id != null) {
            edgesById.put(id, edge); // a repeated id names the latest link from now on
        }
        return edge;
    }

    private Node endpoint(String edgeId, String nodeId, int line) {
        Node node = nodes.get(nodeId);
        if (node != null || !nodesDeclared) {
            return node != null ? node : addNode(nodeId, line);
        }
        problems.add(line, "edge[" + edgeId + "]", TopologyProblemCode.UNKNOWN_NODE, nodeId);
        return null;
    }

    void removeEdge(String id) {
        Edge edge = edgesById.remove(id);
        if (edge != null) {
            edge.removed = true;
        }
    }

    void setEdgeAttribute(String edgeId, String name, Object value) {
        Edge edge = edgesById.get(edgeId);
        if (edge != null) {
            setEdgeAttribute(edge, name, value);
        }
    }

    void setEdgeAttribute(Edge edge, String name, Object value) {
        edge.attributes = set(edge.attributes, name, value, DependencyAttributes.NAMES);
    }

    void removeEdgeAttribute(String edgeId, String name) {
        setEdgeAttribute(edgeId, name, null);
    }

    void clear() {
        nodes.values().forEach(n -> n.removed = true);
        nodes.clear();
        edges.clear();
        edgesById.clear();
    }

    /** The nodes still there, in the order the file first gave them. */
    List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The links still there, in file order. */
    List<Edge> edges() {
        return edges.stream().filter(Edge::alive).toList();
    }

    /**
     * Null or blank removes: GraphML sources give blank for data an element lacks, so blank must
     * mean absent. Names are matched without regard to case; unmapped names are not kept.
     */
    private static Map<String, Object> set(
            Map<String, Object> attributes, String name, Object value, Set<String> kept) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!kept.contains(key)) {
            return attributes;
        }
        Map<String, Object> result = attributes == null ? new HashMap<>(4) : attributes;
        if (value == null
                || value instanceof CharSequence text && text.toString().isBlank()) {
            result.remove(key);
        } else {
            result.put(key, value);
        }
        return result;
    }
}
