package org.vigil.visual.graph.scene;

/** What a node stands for, from the finest level of detail to the coarsest. */
public enum NodeKind {
    ASSET,
    /** The assets of one organisation in one layer, collapsed. */
    ASSET_GROUP,
    /** A whole organisation, collapsed. */
    ORGANISATION
}
