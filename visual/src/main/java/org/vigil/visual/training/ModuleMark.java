package org.vigil.visual.training;

import javafx.scene.layout.Region;
import org.vigil.core.training.TrainingModule;

/**
 * How a module is told apart on the progress chart and in its rows: an Okabe–Ito colour, a marker shape
 * and a dash pattern, so the lines stay apart without colour too.
 */
enum ModuleMark {
    INBOX_TRIAGE("#0072B2", "M 0 5 A 5 5 0 1 1 10 5 A 5 5 0 1 1 0 5 Z", ""),
    FAKE_SHOP_DETECTIVE("#D55E00", "M 0 0 H 10 V 10 H 0 Z", "8 4"),
    ROUTE_GUARD("#009E73", "M 5 0 L 10 10 L 0 10 Z", "2 3"),
    RANSOMWARE_TABLETOP("#E69F00", "M 5 0 L 10 5 L 5 10 L 0 5 Z", "10 3 2 3"),
    SOCIAL_ENGINEERING_CALL("#CC79A7", "M 0 0 L 10 0 L 5 10 Z", "14 6");

    private final String colour;
    private final String shape;
    private final String dashes;

    ModuleMark(String colour, String shape, String dashes) {
        this.colour = colour;
        this.shape = shape;
        this.dashes = dashes;
    }

    static ModuleMark of(TrainingModule module) {
        return valueOf(module.name());
    }

    /** A small marker in the module's shape and colour. */
    Region marker(double size) {
        Region marker = new Region();
        marker.setStyle("-fx-background-color: " + colour + "; -fx-shape: \"" + shape + "\"; -fx-scale-shape: true;");
        marker.setMinSize(size, size);
        marker.setPrefSize(size, size);
        marker.setMaxSize(size, size);
        return marker;
    }

    /** The style of the module's line on a {@link javafx.scene.chart.LineChart}. */
    String lineStyle() {
        return "-fx-stroke: " + colour + "; -fx-stroke-width: 2px;"
                + (dashes.isEmpty() ? "" : " -fx-stroke-dash-array: " + dashes + ";");
    }
}
