package org.vigil.visual.graph;

import java.util.List;

/** Places the nodes of a visible graph. May be slow: runs off the UI thread. */
public interface GraphLayout {

    /**
     * @param organisationOrder the scenario's organisations in the order to present them
     * @throws java.util.concurrent.CancellationException when {@code progress} says to stop
     */
    Placement place(VisibleGraph graph, List<String> organisationOrder, LayoutProgress progress);
}
