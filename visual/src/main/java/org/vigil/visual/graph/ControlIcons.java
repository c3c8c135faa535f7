package org.vigil.visual.graph;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Small drawn icons for the page's buttons: drawn, so they never depend on a font having the glyph. */
final class ControlIcons {

    private ControlIcons() {}

    static Node play() {
        return icon("M2 1 L12 7 L2 13 Z");
    }

    static Node pause() {
        return icon("M2 1 H5 V13 H2 Z M9 1 H12 V13 H9 Z");
    }

    static Node stepBack() {
        return icon("M12 1 L4 7 L12 13 Z M1 1 H3 V13 H1 Z");
    }

    static Node stepForward() {
        return icon("M2 1 L10 7 L2 13 Z M11 1 H13 V13 H11 Z");
    }

    static Node toStart() {
        return icon("M1 1 H3 V13 H1 Z M8 1 L3 7 L8 13 Z M13 1 L8 7 L13 13 Z");
    }

    static Node toEnd() {
        return icon("M1 1 L6 7 L1 13 Z M6 1 L11 7 L6 13 Z M11 1 H13 V13 H11 Z");
    }

    static Node undo() {
        return icon("M5 1 L1 5 L5 9 V6 H9 A3 3 0 0 1 9 12 H6 V14 H9 A5 5 0 0 0 9 4 H5 Z");
    }

    static Node redo() {
        return icon("M9 1 L13 5 L9 9 V6 H5 A3 3 0 0 0 5 12 H8 V14 H5 A5 5 0 0 1 5 4 H9 Z");
    }

    static Node zoomIn() {
        return icon("M6 1 H8 V6 H13 V8 H8 V13 H6 V8 H1 V6 H6 Z");
    }

    static Node zoomOut() {
        return icon("M1 6 H13 V8 H1 Z");
    }

    private static Node icon(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("graph-icon");
        return icon;
    }
}
