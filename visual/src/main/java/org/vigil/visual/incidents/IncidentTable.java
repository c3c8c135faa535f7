package org.vigil.visual.incidents;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.text.UiText;

/**
 * The board's table: one row per incident passing the filters, sortable by every column, with the
 * lifecycle actions, "show in graph" and "copy id" in the row's context menu. It keeps the row of the
 * selected incident selected across live refreshes and when another view focuses an incident.
 */
final class IncidentTable extends TableView<IncidentSummary> {

    private final IncidentsViewModel model;
    private final UiText text;

    IncidentTable(IncidentsViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        setId("incidents-table");
        SortedList<IncidentSummary> sorted = new SortedList<>(model.incidents());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getColumns()
                .addAll(List.of(
                        severity(),
                        column("incidents.column.title", 220, i -> model.title(i, text.languageTag())),
                        state(),
                        column("board.column.assets", 150, i -> String.join(", ", model.assetNames(i))),
                        column("board.column.techniques", 110, i -> String.join(", ", i.techniques())),
                        time("board.column.first", IncidentSummary::firstEventTime),
                        time("incidents.column.last", IncidentSummary::lastEventTime),
                        column("incidents.column.events", 80, IncidentSummary::eventCount),
                        time("board.column.updated", IncidentSummary::updatedAt)));
        Label empty = new Label();
        empty.textProperty()
                .bind(text.bind(
                        () -> text.get(model.totalCountProperty().get() == 0 ? "incidents.empty" : "board.noneMatch"),
                        model.totalCountProperty()));
        empty.setWrapText(true);
        setPlaceholder(empty);
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now.id());
            }
        });
        // A live refresh replaces the rows, and other views focus incidents: follow the model's choice.
        getItems().addListener((ListChangeListener<IncidentSummary>)
                change -> selectRow(model.selectedIdProperty().get()));
        model.selectedIdProperty().addListener((obs, old, now) -> selectRow(now));
        ContextMenu menu = contextMenu();
        setOnContextMenuRequested(e -> {
            if (getSelectionModel().getSelectedItem() != null) {
                menu.show(this, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // Rebuilding the cells re-reads every column, titles and asset names included, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> refresh());
    }

    private void selectRow(String incidentId) {
        if (incidentId == null) {
            return;
        }
        IncidentSummary selected = getSelectionModel().getSelectedItem();
        if (selected != null && selected.id().equals(incidentId)) {
            return;
        }
        getItems().stream().filter(i -> i.id().equals(incidentId)).findFirst().ifPresent(i -> {
            getSelectionModel().select(i);
            scrollTo(i);
        });
    }

    /**
     * Shown by hand rather than set as the table's context menu, so that its accelerators are not
     * registered with the scene a second time: the page handles the shortcuts itself.
     */
    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("incident-row-menu");
        for (LifecycleAction action : LifecycleAction.values()) {
            MenuItem item = new MenuItem();
            item.setId("incident-menu-" + action.name().toLowerCase(java.util.Locale.ROOT));
            item.textProperty().bind(text.bind("board.menu." + action.name()));
            item.setAccelerator(KeyCombination.valueOf(action.shortcut()));
            item.setOnAction(e -> model.perform(action));
            menu.getItems().add(item);
        }
        MenuItem graph = new MenuItem();
        graph.textProperty().bind(text.bind("board.menu.showInGraph"));
        graph.setOnAction(
                e -> model.showInGraph(getSelectionModel().getSelectedItem().id()));
        MenuItem time = new MenuItem();
        time.textProperty().bind(text.bind("board.menu.sameTime"));
        time.setOnAction(e -> model.filters().showTimeOf(getSelectionModel().getSelectedItem()));
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(text.bind("board.menu.copyId"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(getSelectionModel().getSelectedItem().id());
            Clipboard.getSystemClipboard().setContent(content);
        });
        menu.getItems().addAll(new SeparatorMenuItem(), graph, time, copy);
        menu.setOnShowing(e -> {
            // Offer only the moves the incident's state allows; the detail may still be loading.
            IncidentState state = getSelectionModel().getSelectedItem().state();
            for (LifecycleAction action : LifecycleAction.values()) {
                menu.getItems().get(action.ordinal()).setDisable(!action.appliesTo(state) || !model.can(action));
            }
        });
        return menu;
    }

    private TableColumn<IncidentSummary, EventSeverity> severity() {
        TableColumn<IncidentSummary, EventSeverity> severity = header("incidents.column.severity", 110);
        severity.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell<>(text));
        return severity;
    }

    private TableColumn<IncidentSummary, IncidentState> state() {
        TableColumn<IncidentSummary, IncidentState> state = header("incidents.column.state", 110);
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(IncidentState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get("incidentState." + item.name()));
            }
        });
        return state;
    }

    private TableColumn<IncidentSummary, Instant> time(String key, Function<IncidentSummary, Instant> value) {
        TableColumn<IncidentSummary, Instant> time = header(key, 130);
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        time.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get("incidents.timeShort", Date.from(item)));
            }
        });
        return time;
    }

    private <T> TableColumn<IncidentSummary, T> column(String key, double width, Function<IncidentSummary, T> value) {
        TableColumn<IncidentSummary, T> column = header(key, width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private <T> TableColumn<IncidentSummary, T> header(String key, double width) {
        TableColumn<IncidentSummary, T> column = new TableColumn<>();
        column.textProperty().bind(text.bind(key));
        column.setPrefWidth(width);
        column.setMinWidth(60);
        return column;
    }

    /** A severity as a shape and a word, so it reads without colour. */
    static final class SeverityCell<S> extends TableCell<S, EventSeverity> {
        private final UiText text;

        SeverityCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(EventSeverity item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("severity-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(SeverityMark.of(item) + " " + text.get("eventSeverity." + item.name()));
            getStyleClass().add("severity-" + item.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
