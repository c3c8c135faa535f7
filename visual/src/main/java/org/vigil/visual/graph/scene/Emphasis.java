package org.vigil.visual.graph.scene;

/** How strongly a node or edge is drawn against the rest. */
public enum Emphasis {
    NORMAL,
    /** Outside the focused incident's neighbourhood, or filtered to the background. */
    FADED,
    /** On the selected asset's explanation path, or matched by search. */
    HIGHLIGHTED,
    /** The selected node itself. */
    SELECTED
}
