package org.vigil.visual.graph;

/** How the graph page places its nodes. */
public enum LayoutKind {
    /** The four layers as horizontal bands, each organisation a vertical stripe across them. */
    LAYERED,
    /** Springs along dependencies, repulsion between nodes (GraphStream's SpringBox). */
    FORCE
}
