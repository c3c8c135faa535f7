package org.vigil.visual.incidents;

import java.util.Date;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.visual.selection.TimeRange;
import org.vigil.visual.text.UiText;

/**
 * The board's filters: open or all, severity at least, state, asset, technique and a quick search;
 * below them the shared time range as a chip to clear, the "n of m" count and any failure. Wraps in
 * a narrow window rather than cutting a label.
 */
final class BoardFilterBar extends VBox {

    private final IncidentsViewModel model;
    private final UiText text;
    private final TextField search = TextFields.createClearableTextField();

    BoardFilterBar(IncidentsViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        setSpacing(8);
        getStyleClass().add("board-filters");
        BoardFilters filters = model.filters();
        FilterChoice<EventSeverity> severity = new FilterChoice<>(
                highestFirst(),
                filters.minimumSeverityProperty(),
                s -> SeverityMark.of(s) + " "
                        + text.get("board.severity.atLeast", text.get("eventSeverity." + s.name())),
                "board.severity.any",
                "board.severity.tooltip",
                text);
        severity.setId("board-severity");
        FilterChoice<IncidentState> state = new FilterChoice<>(
                FXCollections.observableArrayList(IncidentState.values()),
                filters.stateProperty(),
                s -> text.get("incidentState." + s.name()),
                "board.state.any",
                "board.state.tooltip",
                text);
        state.setId("board-state");
        FilterChoice<String> asset = new FilterChoice<>(
                filters.assetChoices(),
                filters.assetProperty(),
                model::assetName,
                "board.asset.any",
                "board.asset.tooltip",
                text);
        asset.setId("board-asset");
        FilterChoice<String> technique = new FilterChoice<>(
                filters.techniqueChoices(),
                filters.techniqueProperty(),
                t -> t,
                "board.technique.any",
                "board.technique.tooltip",
                text);
        technique.setId("board-technique");
        search.setId("board-search");
        search.textProperty().bindBidirectional(filters.searchProperty());
        search.promptTextProperty().bind(text.bind("board.search.prompt"));
        search.setPrefColumnCount(18);
        Tooltip searchTip = new Tooltip();
        searchTip.textProperty().bind(text.bind("board.search.tooltip"));
        search.setTooltip(searchTip);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        Button clear = new Button();
        clear.setId("board-clear-filters");
        clear.textProperty().bind(text.bind("board.filters.clear"));
        clear.setOnAction(e -> filters.clear());
        clear.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !filters.filterProperty().get().filtersBesidesTime(), filters.filterProperty()));
        FlowPane row = new FlowPane(8, 8, shown(), severity, state, asset, technique, search, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox status = new HBox(12, timeChip(filters), count(), failure());
        status.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, status);
    }

    private static javafx.collections.ObservableList<EventSeverity> highestFirst() {
        List<EventSeverity> severities = new java.util.ArrayList<>(List.of(EventSeverity.values()));
        java.util.Collections.reverse(severities);
        return FXCollections.observableArrayList(severities);
    }

    /** Puts the caret in the search (Ctrl+F on the page). */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private ComboBox<IncidentsViewModel.Filter> shown() {
        ComboBox<IncidentsViewModel.Filter> filter =
                new ComboBox<>(FXCollections.observableArrayList(IncidentsViewModel.Filter.values()));
        filter.setId("incidents-filter");
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.accessibleTextProperty().bind(text.bind("incidents.filter"));
        Runnable relabel = () -> {
            filter.setCellFactory(list -> new ShownCell());
            filter.setButtonCell(new ShownCell());
        };
        relabel.run();
        // A new cell factory makes the drop-down list build its cells again, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> relabel.run());
        return filter;
    }

    private HBox timeChip(BoardFilters filters) {
        Label range = new Label();
        range.textProperty()
                .bind(text.bind(
                        () -> {
                            TimeRange shown = filters.timeRangeProperty().get();
                            return shown == null
                                    ? ""
                                    : text.get("board.timeRange", Date.from(shown.from()), Date.from(shown.to()));
                        },
                        filters.timeRangeProperty()));
        Button clear = new Button("\u00D7"); // multiplication sign, the usual "remove" mark of a chip
        clear.setId("board-time-clear");
        clear.getStyleClass().addAll("flat", "chip-close");
        clear.setOnAction(e -> filters.clearTimeRange());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("board.timeRange.clear"));
        clear.setTooltip(tip);
        clear.accessibleTextProperty().bind(text.bind("board.timeRange.clear"));
        HBox chip = new HBox(4, range, clear);
        chip.setId("board-time-chip");
        chip.getStyleClass().add("time-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.visibleProperty().bind(filters.timeRangeProperty().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }

    private Label count() {
        Label count = new Label();
        count.setId("board-count");
        count.getStyleClass().add("text-muted");
        count.textProperty()
                .bind(text.bind(
                        () -> text.get(
                                "board.count",
                                model.shownCountProperty().get(),
                                model.totalCountProperty().get()),
                        model.shownCountProperty(),
                        model.totalCountProperty()));
        return count;
    }

    private Label failure() {
        Label failure = new Label();
        failure.setId("board-failure");
        failure.getStyleClass().add("text-danger");
        failure.setWrapText(true);
        failure.textProperty()
                .bind(text.bind(
                        () -> {
                            IncidentsViewModel.Failure now =
                                    model.failureProperty().get();
                            return now == null ? "" : text.get(now.key(), now.detail());
                        },
                        model.failureProperty()));
        return failure;
    }

    private final class ShownCell extends ListCell<IncidentsViewModel.Filter> {
        @Override
        protected void updateItem(IncidentsViewModel.Filter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("incidents.filter." + item.name()));
        }
    }
}
