package org.vigil.visual.cascade;

import java.util.Date;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.core.cascade.StartState;
import org.vigil.visual.text.UiText;

/**
 * Which start set the panel shows and how to change it: a sentence saying where it comes from,
 * buttons for the live set and the selected assets, the span looked at, and the start assets with
 * their states (editable for selected assets).
 */
final class StartSetBar extends VBox {

    private final CascadeViewModel model;
    private final UiText text;
    private final CascadeTimes times;

    StartSetBar(CascadeViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        this.times = new CascadeTimes(text);
        setSpacing(8);
        getChildren().addAll(controls(), startTable());
    }

    private HBox controls() {
        Label summary = new Label();
        summary.setId("cascade-start-summary");
        summary.setWrapText(true);
        summary.textProperty()
                .bind(text.bind(
                        this::summary, model.startSetProperty(), model.statusProperty(), model.failureProperty()));
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);

        Button live = button("cascade.start.live", "cascade.start.live.tip");
        live.setId("cascade-use-live");
        live.setOnAction(e -> model.useLive());
        live.disableProperty().bind(model.sourceProperty().isEqualTo(StartSource.LIVE));
        Button selected = button("cascade.start.selected", "cascade.start.selected.tip");
        selected.setId("cascade-use-selected");
        selected.setOnAction(e -> model.useSelectedAssets());
        selected.disableProperty().bind(model.sourceProperty().isEqualTo(StartSource.SELECTED_ASSETS));

        Label spanLabel = new Label();
        spanLabel.textProperty().bind(text.bind("cascade.span"));
        spanLabel.setMnemonicParsing(true);
        ComboBox<ChartSpan> span = new ComboBox<>(FXCollections.observableArrayList(ChartSpan.values()));
        span.setId("cascade-span");
        span.valueProperty().bindBidirectional(model.spanProperty());
        span.setCellFactory(list -> new SpanCell());
        span.setButtonCell(new SpanCell());
        text.messagesProperty().addListener((obs, old, now) -> {
            span.setCellFactory(list -> new SpanCell());
            span.setButtonCell(new SpanCell());
        });
        Tooltip spanTip = new Tooltip();
        spanTip.textProperty().bind(text.bind("cascade.span.tip"));
        span.setTooltip(spanTip);
        spanLabel.setLabelFor(span);
        spanLabel.setMinWidth(Region.USE_PREF_SIZE);
        span.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(10, summary, live, selected, spanLabel, span);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String key, String tipKey) {
        Button button = new Button();
        button.setMnemonicParsing(true);
        button.textProperty().bind(text.bind(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind(tipKey));
        button.setTooltip(tip);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private String summary() {
        StartSet starts = model.startSetProperty().get();
        return switch (model.statusProperty().get()) {
            case NO_SCENARIO -> text.get("cascade.start.noScenario");
            case FAILED ->
                text.get(
                        "cascade.failed", String.valueOf(model.failureProperty().get()));
            case NO_START ->
                model.sourceProperty().get() == StartSource.LIVE
                        ? text.get("cascade.start.noLive")
                        : text.get("cascade.start.noSelection");
            case COMPUTING, READY ->
                starts == null
                        ? text.get("cascade.status.computing")
                        : starts.source() == StartSource.LIVE
                                ? starts.reference()
                                        .map(first -> text.get(
                                                "cascade.start.liveSummary",
                                                starts.conditions().size(),
                                                starts.incidentCount(),
                                                Date.from(first)))
                                        // incidents without a first event time: no time to count from
                                        .orElseGet(() -> text.get(
                                                "cascade.start.liveSummaryUntimed",
                                                starts.conditions().size(),
                                                starts.incidentCount()))
                                : text.get(
                                        "cascade.start.selectedSummary",
                                        starts.conditions().size());
        };
    }

    private TableView<StartRow> startTable() {
        TableView<StartRow> table = new TableView<>(model.starts());
        table.setId("cascade-starts");
        table.setPrefHeight(130);
        TableColumn<StartRow, String> asset = new TableColumn<>();
        asset.textProperty().bind(text.bind("cascade.start.column.asset"));
        asset.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(model.assetName(c.getValue().assetId())));
        TableColumn<StartRow, StartRow> state = new TableColumn<>();
        state.textProperty().bind(text.bind("cascade.start.column.state"));
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(170);
        TableColumn<StartRow, String> at = new TableColumn<>();
        at.textProperty().bind(text.bind("cascade.start.column.at"));
        at.setCellValueFactory(c -> {
            StartSet starts = model.startSetProperty().get();
            return new ReadOnlyStringWrapper(times.after(c.getValue().minute(), starts == null ? 0 : starts.origin()));
        });
        at.setPrefWidth(170);
        table.getColumns().addAll(List.of(asset, state, at));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label();
        empty.textProperty().bind(text.bind("cascade.start.empty"));
        table.setPlaceholder(empty);
        text.messagesProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private String stateName(StartState state) {
        return text.get("cascade.state." + state.name());
    }

    /** The state as a word; a chooser when the analyst picks the start set. */
    private final class StateCell extends TableCell<StartRow, StartRow> {
        @Override
        protected void updateItem(StartRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (model.sourceProperty().get() != StartSource.SELECTED_ASSETS) {
                setText(stateName(row.state()));
                return;
            }
            ComboBox<StartState> chooser = new ComboBox<>(FXCollections.observableArrayList(StartState.values()));
            chooser.setCellFactory(list -> new StateListCell());
            chooser.setButtonCell(new StateListCell());
            chooser.setValue(row.state());
            chooser.setTooltip(new Tooltip(text.get("cascade.start.state.tip")));
            chooser.valueProperty().addListener((obs, old, now) -> {
                if (now != null && now != row.state()) {
                    model.chooseState(row.assetId(), now);
                }
            });
            setGraphic(chooser);
        }
    }

    private final class StateListCell extends ListCell<StartState> {
        @Override
        protected void updateItem(StartState item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : stateName(item));
        }
    }

    private final class SpanCell extends ListCell<ChartSpan> {
        @Override
        protected void updateItem(ChartSpan item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : times.duration(item.minutes()));
        }
    }
}
