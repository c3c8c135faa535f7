package org.vigil.visual.graph.render;

/** Which point of a text its position names, horizontally; vertically it is the baseline. */
enum TextAnchor {
    START,
    MIDDLE
}
