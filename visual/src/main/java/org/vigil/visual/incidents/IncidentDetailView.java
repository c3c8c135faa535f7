package org.vigil.visual.incidents;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentNote;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.store.IncidentRepository.EventDetail;
import org.vigil.visual.text.UiText;

/**
 * The selected incident: what, how bad, where, the lifecycle actions (with mnemonics, so Alt and a
 * letter acts, and the page's Ctrl+Shift shortcuts in their tooltips), its entities by type, its
 * events on a small timeline and in a table with event and received time apart, notes and history.
 * The note editor survives live refreshes, so a half-written note is never lost.
 */
final class IncidentDetailView extends StackPane {

    private final IncidentsViewModel model;
    private final UiText text;
    private final VBox content = new VBox(12);
    private final VBox body = new VBox(12);
    private final VBox trail = new VBox(12);
    private final TextArea note = new TextArea();
    private final Label placeholder = new Label();
    private String shownId;

    IncidentDetailView(IncidentsViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        setId("incident-detail");
        getStyleClass().add("incident-detail");
        placeholder.textProperty().bind(text.bind("incidents.detail.none"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        content.getStyleClass().add("incident-detail-content");
        content.setPadding(new Insets(4, 16, 16, 16));
        // Rebuilt parts around the editor, which is built once.
        content.getChildren().setAll(body, noteEditor(), trail);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.detailProperty().isNotNull());
        placeholder.visibleProperty().bind(model.detailProperty().isNull());
        getChildren().addAll(placeholder, scroll);
        model.detailProperty().addListener((obs, old, now) -> show(now));
        text.messagesProperty()
                .addListener((obs, old, now) -> show(model.detailProperty().get()));
    }

    /** Puts the caret in the note field (Ctrl+N on the page). */
    void focusNote() {
        if (model.detailProperty().get() != null) {
            note.requestFocus();
        }
    }

    private void show(IncidentsViewModel.Detail detail) {
        if (detail == null) {
            body.getChildren().clear();
            trail.getChildren().clear();
            return;
        }
        Incident incident = detail.incident();
        if (!incident.id().equals(shownId)) {
            shownId = incident.id();
            note.clear(); // a draft belongs to the incident it was written for
        }
        IncidentSummary summary = incident.summary();
        Label title = new Label(model.title(summary, text.languageTag()));
        title.setId("incident-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label meta = new Label(text.get(
                "incidents.detail.meta",
                SeverityMark.of(summary.severity()) + " " + severity(summary.severity()),
                text.get("incidentState." + summary.state().name()),
                summary.id()));
        meta.setId("incident-meta");
        meta.getStyleClass().add("severity-" + summary.severity().name().toLowerCase(Locale.ROOT));
        Label when = new Label(text.get(
                "incidents.detail.when",
                new Date(summary.firstEventTime().toEpochMilli()),
                new Date(summary.lastEventTime().toEpochMilli()),
                summary.eventCount()));
        when.setWrapText(true);
        body.getChildren()
                .setAll(
                        title,
                        meta,
                        when,
                        actions(),
                        facts(incident),
                        section("board.detail.entities"),
                        entities(detail.entities()),
                        section("board.detail.timeline"),
                        new EventStrip(
                                detail.events().stream().map(EventDetail::event).toList(), text),
                        section("incidents.detail.events"),
                        events(detail.events()),
                        shownOf(detail),
                        section("incidents.detail.notes"),
                        notes(incident.notes()));
        trail.getChildren().setAll(section("incidents.detail.history"), history(incident.changes()));
    }

    private HBox actions() {
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (LifecycleAction action : LifecycleAction.values()) {
            Button button = new Button(text.get(
                    action == LifecycleAction.REOPEN
                            ? "incidents.action.REOPEN"
                            : "incidents.action." + action.target()));
            button.setId(
                    action == LifecycleAction.REOPEN
                            ? "incident-reopen"
                            : "incident-" + action.target().name().toLowerCase(Locale.ROOT));
            button.setMnemonicParsing(true);
            button.setDisable(!model.can(action));
            String shortcut = KeyCombination.valueOf(action.shortcut()).getDisplayText();
            button.setTooltip(new Tooltip(text.get("board.action." + action.name() + ".tooltip", shortcut)));
            button.setOnAction(e -> model.perform(action));
            // Acknowledging and reopening are one step seen from two states: show whichever applies.
            boolean shown = action == LifecycleAction.REOPEN
                    ? model.can(action)
                    : action != LifecycleAction.ACKNOWLEDGE || !model.can(LifecycleAction.REOPEN);
            button.setVisible(shown);
            button.setManaged(shown);
            bar.getChildren().add(button);
        }
        return bar;
    }

    private GridPane facts(Incident incident) {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        // The names are never cut: as wide as the longest in the current language.
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        facts.getColumnConstraints().addAll(names, values);
        fact(facts, "incidents.detail.assets", String.join(", ", model.assetNames(incident.summary())));
        fact(
                facts,
                "incidents.detail.techniques",
                String.join(", ", incident.summary().techniques()));
        fact(
                facts,
                "incidents.detail.group",
                incident.group().entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue())
                        .collect(Collectors.joining(", ")));
        return facts;
    }

    private void fact(GridPane facts, String key, String value) {
        if (value.isEmpty()) {
            return;
        }
        Label label = new Label(text.get(key));
        label.getStyleClass().add("text-muted");
        Label shown = new Label(value);
        shown.setWrapText(true);
        shown.setMinWidth(0);
        GridPane.setValignment(label, VPos.TOP);
        facts.addRow(facts.getRowCount(), label, shown);
    }

    private VBox entities(List<EntityGroup> groups) {
        VBox box = new VBox(4);
        box.setId("incident-entities");
        if (groups.isEmpty()) {
            Label none = new Label(text.get("board.entities.none"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        for (EntityGroup group : groups) {
            Label type = new Label(text.get(
                    "board.entities.type",
                    text.get("entityType." + group.type().name()),
                    group.entities().size()));
            type.getStyleClass().add("text-muted");
            type.setMinWidth(Region.USE_PREF_SIZE);
            Label values = new Label(group.entities().stream()
                    .map(e -> text.get("board.entities.value", e.entity().value(), e.events()))
                    .collect(Collectors.joining(", ")));
            values.setWrapText(true);
            values.setMinWidth(0);
            GridPane.setValignment(type, VPos.TOP);
            GridPane.setHgrow(values, Priority.ALWAYS);
            grid.addRow(grid.getRowCount(), type, values);
        }
        box.getChildren().add(grid);
        return box;
    }

    private Label section(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().addAll("title-4", "section-heading");
        return label;
    }

    private TableView<EventDetail> events(List<EventDetail> events) {
        TableView<EventDetail> table = new TableView<>(FXCollections.observableArrayList(events));
        table.setId("incident-events");
        TableColumn<EventDetail, String> time =
                column("incidents.event.time", 150, e -> time(e.event().eventTime()));
        TableColumn<EventDetail, String> received =
                column("incidents.event.received", 150, e -> time(e.event().receivedTime()));
        TableColumn<EventDetail, EventSeverity> severity = new TableColumn<>(text.get("incidents.column.severity"));
        severity.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().event().severity()));
        severity.setCellFactory(c -> new IncidentTable.SeverityCell<>(text));
        severity.setPrefWidth(110);
        TableColumn<EventDetail, String> source =
                column("incidents.event.source", 100, e -> e.event().source());
        TableColumn<EventDetail, String> category = column(
                "board.event.category",
                110,
                e -> text.get("board.category." + e.category().name()));
        TableColumn<EventDetail, String> assets = column(
                "board.event.assets",
                120,
                e -> e.assetIds().stream().map(model::assetName).collect(Collectors.joining(", ")));
        TableColumn<EventDetail, String> summary =
                column("incidents.event.summary", 160, e -> e.event().summary());
        table.getColumns().addAll(List.of(time, received, severity, source, category, assets, summary));
        // Headers are never cut: a column is no narrower than its width here, and a narrow pane scrolls.
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefWidth(200);
        table.setMinWidth(0);
        table.setPrefHeight(Math.min(60 + 28.0 * events.size(), 300));
        return table;
    }

    private TableColumn<EventDetail, String> column(
            String key, double width, java.util.function.Function<EventDetail, String> value) {
        TableColumn<EventDetail, String> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Says when the table lists only the first of many events. */
    private Label shownOf(IncidentsViewModel.Detail detail) {
        int all = detail.incident().summary().eventCount();
        Label label = new Label(
                all > detail.events().size()
                        ? text.get("board.events.firstOf", detail.events().size(), all)
                        : "");
        label.getStyleClass().add("text-muted");
        label.setManaged(all > detail.events().size());
        return label;
    }

    private String time(java.time.Instant instant) {
        return text.get("incidents.time", Date.from(instant));
    }

    private VBox notes(List<IncidentNote> notes) {
        VBox box = new VBox(6);
        box.setId("incident-notes");
        if (notes.isEmpty()) {
            Label none = new Label(text.get("incidents.notes.none"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        for (IncidentNote written : notes) {
            Label who = new Label(text.get("incidents.note.by", written.author(), Date.from(written.writtenAt())));
            who.getStyleClass().add("text-muted");
            Label said = new Label(written.text());
            said.setWrapText(true);
            box.getChildren().add(new VBox(2, who, said));
        }
        return box;
    }

    private VBox noteEditor() {
        note.setId("incident-note-text");
        note.promptTextProperty().bind(text.bind("incidents.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Button add = new Button();
        add.textProperty().bind(text.bind("incidents.note.add"));
        add.setId("incident-note-add");
        add.disableProperty().bind(note.textProperty().isEmpty());
        Runnable submit = () -> {
            model.addNote(note.getText());
            note.clear();
        };
        add.setOnAction(e -> submit.run());
        // Ctrl+Enter adds the note without leaving the keyboard.
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER
                    && e.isShortcutDown()
                    && !note.getText().isBlank()) {
                submit.run();
                e.consume();
            }
        });
        HBox bar = new HBox(add);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(6, note, bar);
    }

    private VBox history(List<IncidentChange> changes) {
        VBox box = new VBox(4);
        box.setId("incident-history");
        for (IncidentChange change : changes) {
            Label line = new Label(text.get(
                    "incidents.history.line", Date.from(change.changedAt()), change.author(), describe(change)));
            line.setWrapText(true); // long in some languages; the trail must be read whole
            box.getChildren().add(line);
        }
        return box;
    }

    private String describe(IncidentChange change) {
        return switch (change.kind()) {
            case CREATED -> text.get("incidents.history.created", Integer.parseInt(change.detail()));
            case EVENTS_ADDED -> text.get("incidents.history.eventsAdded", Integer.parseInt(change.detail()));
            case STATE_CHANGED ->
                text.get("incidents.history.stateChanged", text.get("incidentState." + change.detail()));
            case NOTE_ADDED -> text.get("incidents.history.noteAdded");
        };
    }

    private String severity(EventSeverity severity) {
        return text.get("eventSeverity." + severity.name());
    }
}
