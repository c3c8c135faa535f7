package org.vigil.visual.incidents;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.text.UiText;

/**
 * The incidents page: the list (open ones by default) beside the selected incident's detail. The
 * list follows detection live; severity is shown by a shape and a word, never by colour alone.
 */
public final class IncidentsView extends VBox {

    private final IncidentsViewModel model;
    private final UiText text;

    public IncidentsView(IncidentsViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        getStyleClass().add("incidents-page");
        setSpacing(14);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("incidents.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        SplitPane split = new SplitPane(list(), new IncidentDetailView(model, text));
        split.setOrientation(Orientation.HORIZONTAL);
        // The list gets the larger share: incident titles are what an analyst scans first.
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(heading, filterBar(), split);
        model.refresh();
    }

    private HBox filterBar() {
        Label label = new Label();
        label.textProperty().bind(text.bind("incidents.filter"));
        ComboBox<IncidentsViewModel.Filter> filter =
                new ComboBox<>(FXCollections.observableArrayList(IncidentsViewModel.Filter.values()));
        filter.setId("incidents-filter");
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setCellFactory(list -> new FilterCell());
        filter.setButtonCell(new FilterCell());
        // A new cell factory makes the drop-down list build its cells again, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> {
            filter.setCellFactory(list -> new FilterCell());
            filter.setButtonCell(new FilterCell());
        });
        label.setLabelFor(filter);
        Label failure = new Label();
        failure.getStyleClass().add("text-danger");
        failure.textProperty()
                .bind(text.bind(
                        () -> model.failureProperty().get() == null
                                ? ""
                                : text.get(
                                        "incidents.failed",
                                        model.failureProperty().get()),
                        model.failureProperty()));
        HBox bar = new HBox(10, label, filter, failure);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<IncidentSummary> list() {
        TableView<IncidentSummary> table = new TableView<>(model.incidents());
        table.setId("incidents-table");
        TableColumn<IncidentSummary, EventSeverity> severity = new TableColumn<>();
        severity.textProperty().bind(text.bind("incidents.column.severity"));
        severity.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell<>(text));
        severity.setPrefWidth(115);
        TableColumn<IncidentSummary, String> state = new TableColumn<>();
        state.textProperty().bind(text.bind("incidents.column.state"));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                text.get("incidentState." + c.getValue().state().name())));
        state.setPrefWidth(110);
        TableColumn<IncidentSummary, String> title = new TableColumn<>();
        title.textProperty().bind(text.bind("incidents.column.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.title(c.getValue(), text.languageTag())));
        title.setPrefWidth(160);
        TableColumn<IncidentSummary, Integer> events = new TableColumn<>();
        events.textProperty().bind(text.bind("incidents.column.events"));
        events.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().eventCount()));
        events.setPrefWidth(105);
        TableColumn<IncidentSummary, String> last = new TableColumn<>();
        last.textProperty().bind(text.bind("incidents.column.last"));
        last.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                text.get("incidents.timeShort", Date.from(c.getValue().lastEventTime()))));
        last.setPrefWidth(140);
        table.getColumns().addAll(List.of(severity, state, events, last, title));
        // Headers are never cut: a column is no narrower than its width here; the title takes the rest.
        List.of(severity, state, events, last).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(text.bind("incidents.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now.id());
            }
        });
        // A live refresh replaces the rows: keep the analyst's selection on the same incident.
        model.incidents().addListener((ListChangeListener<IncidentSummary>) change -> {
            IncidentsViewModel.Detail shown = model.detailProperty().get();
            if (shown != null) {
                table.getItems().stream()
                        .filter(i -> i.id().equals(shown.incident().id()))
                        .findFirst()
                        .ifPresent(i -> table.getSelectionModel().select(i));
            }
        });
        // Rebuilding the cells re-reads every column, titles included, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> table.refresh());
        return table;
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
            getStyleClass().add("severity-" + item.name().toLowerCase(Locale.ROOT));
        }
    }

    private final class FilterCell extends ListCell<IncidentsViewModel.Filter> {
        @Override
        protected void updateItem(IncidentsViewModel.Filter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("incidents.filter." + item.name()));
        }
    }
}
