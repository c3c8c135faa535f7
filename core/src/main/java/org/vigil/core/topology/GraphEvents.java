package org.vigil.core.topology;

import java.util.function.IntSupplier;
import org.graphstream.stream.SinkAdapter;

/**
 * Passes a GraphStream file source's events straight into a {@link TopologyDraft}, so that no
 * GraphStream graph is built beside the scenario. Attribute changes count as setting the value,
 * because DGS sends a plain {@code key=value} as a change.
 */
final class GraphEvents extends SinkAdapter {

    private final TopologyDraft draft;
    private final IntSupplier line;

    /** @param line the line of the element whose events arrive, or 0 where the source cannot tell */
    GraphEvents(TopologyDraft draft, IntSupplier line) {
        this.draft = draft;
        this.line = line;
    }

    @Override
    public void nodeAdded(String sourceId, long timeId, String nodeId) {
        draft.addNode(nodeId, line.getAsInt());
    }

    @Override
    public void nodeRemoved(String sourceId, long timeId, String nodeId) {
        draft.removeNode(nodeId);
    }

    @Override
    public void edgeAdded(
            String sourceId, long timeId, String edgeId, String fromNodeId, String toNodeId, boolean directed) {
        draft.addEdge(edgeId, fromNodeId, toNodeId, directed, line.getAsInt());
    }

    @Override
    public void edgeRemoved(String sourceId, long timeId, String edgeId) {
        draft.removeEdge(edgeId);
    }

    @Override
    public void graphCleared(String sourceId, long timeId) {
        draft.clear();
    }

    @Override
    public void nodeAttributeAdded(String sourceId, long timeId, String nodeId, String attribute, Object value) {
        draft.setNodeAttribute(nodeId, attribute, value);
    }

    @Override
    public void nodeAttributeChanged(
            String sourceId, long timeId, String nodeId, String attribute, Object oldValue, Object newValue) {
        draft.setNodeAttribute(nodeId, attribute, newValue);
    }

    @Override
    public void nodeAttributeRemoved(String sourceId, long timeId, String nodeId, String attribute) {
        draft.removeNodeAttribute(nodeId, attribute);
    }

    @Override
    public void edgeAttributeAdded(String sourceId, long timeId, String edgeId, String attribute, Object value) {
        draft.setEdgeAttribute(edgeId, attribute, value);
    }

    @Override
    public void edgeAttributeChanged(
            String sourceId, long timeId, String edgeId, String attribute, Object oldValue, Object newValue) {
        draft.setEdgeAttribute(edgeId, attribute, newValue);
    }

    @Override
    public void edgeAttributeRemoved(String sourceId, long timeId, String edgeId, String attribute) {
        draft.removeEdgeAttribute(edgeId, attribute);
    }
}
