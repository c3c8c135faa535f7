package org.vigil.visual.graph.render;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The tooltip of the node under the pointer, shown after a short rest and hidden when the pointer
 * leaves the node. One tooltip for the whole canvas, since its nodes are not JavaFX nodes.
 */
final class HoverTooltip {

    private static final Duration DELAY = Duration.millis(600);

    private final Node owner;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition rest = new PauseTransition(DELAY);
    private String text;
    private double screenX;
    private double screenY;

    HoverTooltip(Node owner) {
        this.owner = owner;
        rest.setOnFinished(e -> show());
    }

    /** The pointer rests over a node with this tooltip (null or empty: over none). */
    void hover(String nodeTooltip, double atScreenX, double atScreenY) {
        screenX = atScreenX;
        screenY = atScreenY;
        if (nodeTooltip == null ? text == null : nodeTooltip.equals(text)) {
            return;
        }
        hide();
        text = nodeTooltip == null || nodeTooltip.isEmpty() ? null : nodeTooltip;
        if (text != null) {
            rest.playFromStart();
        }
    }

    void hide() {
        rest.stop();
        tooltip.hide();
    }

    /** Forgets the node, as when the scene changes under the pointer. */
    void reset() {
        hide();
        text = null;
    }

    private void show() {
        if (text != null && owner.getScene() != null && owner.getScene().getWindow() != null) {
            tooltip.setText(text);
            tooltip.show(owner, screenX + 14, screenY + 18);
        }
    }
}
