package org.vigil.visual.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;

/** Measures text in the canvas's current font, which a canvas cannot do itself, to fit labels to their room. */
final class CanvasText {

    private final Text measure = new Text();

    boolean fits(GraphicsContext g, String label, double width) {
        measure.setFont(g.getFont());
        measure.setText(label);
        return measure.getLayoutBounds().getWidth() <= width;
    }

    /** The text cut with an ellipsis to fit a width, measured in the font the context draws with. */
    String fit(GraphicsContext g, String label, double width) {
        if (fits(g, label, width)) {
            return label;
        }
        int low = 0;
        int high = label.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            measure.setText(label.substring(0, middle) + "\u2026");
            if (measure.getLayoutBounds().getWidth() <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return label.substring(0, low) + "\u2026";
    }
}
