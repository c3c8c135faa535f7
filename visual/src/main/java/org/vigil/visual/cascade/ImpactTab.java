package org.vigil.visual.cascade;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import org.vigil.visual.text.UiText;

/**
 * Impact over time per business service: the chart, and beside it the legend as a list (keyboard
 * selectable) whose selected service gets its RTO and MTPD marked on the chart.
 */
final class ImpactTab extends BorderPane {

    private final CascadeViewModel model;
    private final UiText text;
    private final ImpactChart chart;
    private final ObservableList<ImpactSeries> legendItems = FXCollections.observableArrayList();
    private final ListView<ImpactSeries> legend = new ListView<>(legendItems);

    ImpactTab(CascadeViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        this.chart = new ImpactChart(text);
        legend.setId("cascade-impact-legend");
        legend.setPrefWidth(340);
        legend.setCellFactory(list -> new LegendCell());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("cascade.impact.legend.tip"));
        legend.setTooltip(tip);
        Label empty = new Label();
        empty.textProperty().bind(text.bind("cascade.impact.empty"));
        empty.setWrapText(true);
        legend.setPlaceholder(empty);
        legend.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedServiceProperty().set(now.assetId());
            }
        });
        model.selectedServiceProperty().addListener((obs, old, now) -> redraw());
        model.analysisProperty().addListener((obs, old, now) -> redraw());
        text.messagesProperty().addListener((obs, old, now) -> legend.refresh());
        Label caption = new Label();
        caption.textProperty().bind(text.bind("cascade.impact.caption"));
        caption.setWrapText(true);
        setCenter(chart);
        setRight(legend);
        setBottom(caption);
        redraw();
    }

    private void redraw() {
        PanelAnalysis analysis = model.analysisProperty().get();
        CascadeOutcome outcome = analysis == null ? null : analysis.outcome();
        List<ImpactSeries> series = outcome == null ? List.of() : outcome.series();
        if (!legendItems.equals(series)) {
            legendItems.setAll(series);
        }
        String selected = model.selectedServiceProperty().get();
        series.stream()
                .filter(s -> s.assetId().equals(selected))
                .findFirst()
                .ifPresentOrElse(
                        s -> legend.getSelectionModel().select(s),
                        () -> legend.getSelectionModel().clearSelection());
        chart.show(outcome, order(series), selected, model::assetName);
    }

    static List<String> order(List<ImpactSeries> series) {
        return series.stream().map(ImpactSeries::assetId).toList();
    }

    /** A sample of the series' line and marker, its name and its impact at the horizon. */
    private final class LegendCell extends ListCell<ImpactSeries> {
        @Override
        protected void updateItem(ImpactSeries item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(text.get("cascade.impact.legend", model.assetName(item.assetId()), item.finalImpact()));
            setGraphic(sample(ImpactChart.styleOf(order(legendItems), item.assetId())));
        }
    }

    static Canvas sample(SeriesStyle style) {
        Canvas canvas = new Canvas(34, 14);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, 34, 14);
        style.stroke(g, 2);
        g.strokeLine(1, 7, 33, 7);
        style.mark(g, 17, 7, 8);
        return canvas;
    }
}
