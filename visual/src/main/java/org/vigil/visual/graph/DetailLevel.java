package org.vigil.visual.graph;

/** How finely the graph shows a scenario, from coarsest to finest. */
public enum DetailLevel {
    /** One node per organisation. */
    ORGANISATION,
    /** One node per organisation and layer. */
    GROUP,
    /** One node per asset. */
    ASSET
}
