package org.vigil.visual.anomaly;

import java.util.Date;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.vigil.visual.text.UiText;

/**
 * The anomaly page: the open scenario's streams (newest anomalies first) beside the selected stream's
 * chart and its sensitivity. Keys: the list's arrows choose a stream; in the chart Left/Right, Home/End
 * and Page Up/Down move between points; the slider's arrows move the threshold by 0.01 (Home/End to its
 * ends); Alt+A applies, Alt+R resets to the default, Escape cancels a running replay.
 */
public final class AnomalyStreamsView extends VBox {

    private final AnomalyStreamsViewModel model;
    private final UiText text;
    private final ListView<StreamRow> streams = new ListView<>();
    private final StreamChartCanvas chart;
    private final Slider slider =
            new Slider(AnomalyStreamsViewModel.MIN_THRESHOLD, AnomalyStreamsViewModel.MAX_THRESHOLD, 0.75);

    public AnomalyStreamsView(AnomalyStreamsViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        this.chart = new StreamChartCanvas(model, text);
        getStyleClass().add("anomaly-page");
        getStylesheets()
                .add(Objects.requireNonNull(AnomalyStreamsView.class.getResource("anomaly.css"))
                        .toExternalForm());
        setSpacing(10);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("anomaly.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        Label problem = new Label();
        problem.getStyleClass().add("anomaly-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.settingsProblemProperty());
        problem.visibleProperty().bind(model.settingsProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        HBox body = new HBox(12, streamList(), stage());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(heading, problem, body);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.cancelReplay()) {
                e.consume();
            }
        });
    }

    /** Gives the stream list the keyboard focus, for when the page is shown. */
    public void focusStreams() {
        streams.requestFocus();
    }

    private VBox streamList() {
        Label title = new Label();
        title.textProperty().bind(text.bind("anomaly.streams.title"));
        title.setLabelFor(streams);
        streams.setId("anomaly-streams");
        streams.setPrefWidth(320);
        streams.setCellFactory(list -> new StreamCell());
        streams.setAccessibleText(text.get("anomaly.streams.title"));
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(text.bind("anomaly.streams.none"));
        streams.setPlaceholder(none);
        model.rowsProperty().addListener((obs, old, now) -> streams.getItems().setAll(now));
        streams.getItems().setAll(model.rowsProperty().get());
        streams.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now.stream());
            }
        });
        text.messagesProperty().addListener((obs, old, now) -> streams.refresh());
        VBox.setVgrow(streams, Priority.ALWAYS);
        return new VBox(6, title, streams);
    }

    private VBox stage() {
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty()
                .bind(text.bind(
                        () -> model.selectedProperty().get() == null
                                ? text.get("anomaly.chart.choose")
                                : model.texts().stream(model.selectedProperty().get()),
                        model.selectedProperty()));

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button();
        cancel.textProperty().bind(text.bind("anomaly.chart.cancel"));
        cancel.setTooltip(tooltip("anomaly.chart.cancel.tooltip"));
        cancel.setOnAction(e -> model.cancelReplay());
        Label replaying = new Label();
        replaying.textProperty().bind(text.bind("anomaly.chart.replaying"));
        HBox running = new HBox(8, replaying, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.replayingProperty());
        running.managedProperty().bind(running.visibleProperty());

        VBox.setVgrow(chart, Priority.ALWAYS);
        Label point = new Label();
        point.setWrapText(true);
        point.getStyleClass().add("anomaly-point");
        point.textProperty().bind(text.bind(model::focusedText, model.focusedProperty(), model.chartProperty()));

        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("anomaly-note");
        message.textProperty().bind(model.messageProperty());

        VBox stage = new VBox(8, title, running, chart, point, sensitivity(), message);
        HBox.setHgrow(stage, Priority.ALWAYS);
        return stage;
    }

    private VBox sensitivity() {
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(text.bind("anomaly.sensitivity.title"));
        Label name = new Label();
        name.textProperty().bind(text.bind("anomaly.sensitivity.threshold"));
        name.setLabelFor(slider);
        slider.setId("anomaly-threshold");
        slider.setBlockIncrement(0.01);
        slider.setMajorTickUnit(0.25);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setPrefWidth(320);
        slider.setTooltip(tooltip("anomaly.sensitivity.tooltip"));
        slider.accessibleTextProperty().bind(text.bind("anomaly.sensitivity.threshold"));
        slider.valueProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() != model.thresholdProperty().get()) {
                model.setThreshold(now.doubleValue());
            }
        });
        model.thresholdProperty().addListener((obs, old, now) -> slider.setValue(now.doubleValue()));
        Label value = new Label();
        value.getStyleClass().add("anomaly-threshold");
        value.textProperty()
                .bind(text.bind(
                        () -> text.get(
                                "anomaly.sensitivity.value",
                                model.thresholdProperty().get()),
                        model.thresholdProperty()));
        Label preview = new Label();
        preview.setId("anomaly-preview");
        preview.textProperty().bind(text.bind(model::previewText, model.previewProperty()));
        Label state = new Label();
        state.getStyleClass().add("anomaly-note");
        state.textProperty().bind(text.bind(model::thresholdText, model.previewProperty()));

        Button apply = new Button();
        apply.setId("anomaly-apply");
        apply.textProperty().bind(text.bind("anomaly.sensitivity.apply"));
        apply.setMnemonicParsing(true);
        apply.setTooltip(tooltip("anomaly.sensitivity.apply.tooltip"));
        apply.setOnAction(e -> model.apply());
        Button reset = new Button();
        reset.textProperty().bind(text.bind("anomaly.sensitivity.reset"));
        reset.setMnemonicParsing(true);
        reset.setTooltip(tooltip("anomaly.sensitivity.reset.tooltip"));
        reset.setOnAction(e -> model.reset());
        for (Node control : new Node[] {slider, apply, reset}) {
            control.disableProperty().bind(model.historyProperty().isNull());
        }
        HBox row = new HBox(10, name, slider, value, apply, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, row, preview, state);
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind(key));
        return tip;
    }

    /** The triangle the chart marks firing points with: the list says "has anomalies" the same way. */
    private static Polygon marker() {
        Polygon triangle = new Polygon(6, 0, 12, 11, 0, 11);
        triangle.setFill(Color.web("#D55E00"));
        triangle.setStroke(Color.BLACK);
        return triangle;
    }

    /** A stream with its anomaly count and newest anomaly; a count above zero is marked with a shape. */
    private final class StreamCell extends ListCell<StreamRow> {
        @Override
        protected void updateItem(StreamRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("anomaly-row-marked");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String count = row.anomalies() == 0
                    ? text.get("anomaly.streams.quiet")
                    : text.get("anomaly.streams.count", row.anomalies());
            String line = model.texts().stream(row.stream()) + "\n" + count;
            if (row.latestAnomaly() != null) {
                line += " \u00B7 " + text.get("anomaly.streams.latest", Date.from(row.latestAnomaly()));
                getStyleClass().add("anomaly-row-marked");
            }
            setText(line);
            setGraphic(row.anomalies() > 0 ? marker() : null);
        }
    }
}
