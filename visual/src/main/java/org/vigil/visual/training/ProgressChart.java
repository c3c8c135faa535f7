package org.vigil.visual.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.core.training.ModuleProgress;
import org.vigil.core.training.ProgressPoint;
import org.vigil.core.training.TrainingProgress;
import org.vigil.visual.text.UiText;

/**
 * Accuracy over time, one line per module: x is days since the participant's first round, y the
 * accuracy in percent. Each module has its own marker shape and dash pattern besides its colour, and
 * its own legend entry with the same marker; every point has a tooltip with its figures.
 */
final class ProgressChart extends VBox {

    private static final double DAY_SECONDS = Duration.ofDays(1).toSeconds();

    private final UiText text;
    private final TrainingNames names;
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis accuracy = new NumberAxis(0, 100, 25);
    private final LineChart<Number, Number> chart = new LineChart<>(time, accuracy);
    private final FlowPane legend = new FlowPane(16, 4);

    ProgressChart(UiText text, TrainingNames names) {
        this.text = text;
        this.names = names;
        getStyleClass().add("training-progress-chart");
        time.labelProperty().bind(text.bind("training.progress.axis.time"));
        time.setForceZeroInRange(true);
        accuracy.labelProperty().bind(text.bind("training.progress.axis.accuracy"));
        chart.titleProperty().bind(text.bind("training.progress.chart"));
        chart.setAnimated(false);
        chart.setLegendVisible(false); // our own legend shows each module's marker shape
        chart.setCreateSymbols(true);
        chart.setMinHeight(200);
        chart.setPrefHeight(240);
        chart.setFocusTraversable(false);
        legend.setPadding(new Insets(0, 0, 0, 48));
        getChildren().addAll(chart, legend);
    }

    void show(TrainingProgress progress) {
        chart.getData().clear();
        legend.getChildren().clear();
        if (progress == null || progress.modules().isEmpty()) {
            return;
        }
        Instant first = progress.modules().stream()
                .map(module -> module.points().get(0).finished())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        for (ModuleProgress module : progress.modules()) {
            ModuleMark mark = ModuleMark.of(module.module());
            String name = names.module(module.module());
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name);
            for (ProgressPoint point : module.points()) {
                double days = Duration.between(first, point.finished()).toSeconds() / DAY_SECONDS;
                XYChart.Data<Number, Number> data = new XYChart.Data<>(days, point.accuracy() * 100);
                Region marker = mark.marker(10);
                Tooltip.install(marker, new Tooltip(pointText(name, point)));
                data.setNode(marker);
                series.getData().add(data);
            }
            chart.getData().add(series);
            series.getNode().setStyle(mark.lineStyle());
            Label entry = new Label(name, mark.marker(10));
            legend.getChildren().add(entry);
        }
    }

    private String pointText(String module, ProgressPoint point) {
        return module + " · " + names.difficulty(point.difficulty()) + " · "
                + text.get("training.feedback.accuracy", point.accuracy()) + " · "
                + text.get("training.feedback.score", point.score(), point.maxScore());
    }
}
