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
import javafx.scene.input.KeyCode;
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
import org.vigil.core.model.IncidentEvent;
import org.vigil.core.model.IncidentNote;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.text.UiText;

/**
 * The selected incident: what, how bad, where, the lifecycle actions (with mnemonics, so Alt and a
 * letter acts from the keyboard), its events with event and received time apart, notes and history.
 */
final class IncidentDetailView extends StackPane {

    private final IncidentsViewModel model;
    private final UiText text;
    private final VBox content = new VBox(12);
    private final Label placeholder = new Label();

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
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.detailProperty().isNotNull());
        placeholder.visibleProperty().bind(model.detailProperty().isNull());
        getChildren().addAll(placeholder, scroll);
        model.detailProperty().addListener((obs, old, now) -> show(now));
        text.messagesProperty()
                .addListener((obs, old, now) -> show(model.detailProperty().get()));
    }

    private void show(IncidentsViewModel.Detail detail) {
        if (detail == null) {
            content.getChildren().clear();
            return;
        }
        Incident incident = detail.incident();
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
        content.getChildren()
                .setAll(
                        title,
                        meta,
                        when,
                        actions(),
                        facts(incident),
                        section("incidents.detail.events"),
                        events(detail.events()),
                        section("incidents.detail.notes"),
                        notes(incident.notes()),
                        noteEditor(),
                        section("incidents.detail.history"),
                        history(incident.changes()));
    }

    private HBox actions() {
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (IncidentState target :
                List.of(IncidentState.ACKNOWLEDGED, IncidentState.CONTAINED, IncidentState.RESOLVED)) {
            bar.getChildren().add(action(target, "incidents.action." + target.name()));
        }
        Button reopen = action(IncidentState.ACKNOWLEDGED, "incidents.action.REOPEN");
        reopen.setId("incident-reopen");
        boolean resolved = model.detailProperty().get().incident().state() == IncidentState.RESOLVED;
        reopen.setVisible(resolved);
        reopen.setManaged(resolved);
        bar.getChildren().get(0).setVisible(!resolved);
        bar.getChildren().get(0).setManaged(!resolved);
        bar.getChildren().add(reopen);
        return bar;
    }

    private Button action(IncidentState target, String key) {
        Button button = new Button(text.get(key));
        button.setId("incident-" + target.name().toLowerCase(Locale.ROOT));
        button.setMnemonicParsing(true);
        button.setDisable(!model.canMoveTo(target));
        button.setOnAction(e -> model.moveTo(target));
        return button;
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
        fact(
                facts,
                "incidents.detail.assets",
                String.join(", ", incident.summary().assetIds()));
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
        fact(
                facts,
                "incidents.detail.entities",
                incident.entities().stream()
                        .map(e -> e.value() + " ("
                                + text.get("entityType." + e.type().name()) + ")")
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

    private Label section(String key) {
        Label label = new Label(text.get(key));
        label.getStyleClass().addAll("title-4", "section-heading");
        return label;
    }

    private TableView<IncidentEvent> events(List<IncidentEvent> events) {
        TableView<IncidentEvent> table = new TableView<>(FXCollections.observableArrayList(events));
        table.setId("incident-events");
        TableColumn<IncidentEvent, String> time = new TableColumn<>(text.get("incidents.event.time"));
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                text.get("incidents.time", Date.from(c.getValue().eventTime()))));
        time.setPrefWidth(165);
        TableColumn<IncidentEvent, String> received = new TableColumn<>(text.get("incidents.event.received"));
        received.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                text.get("incidents.time", Date.from(c.getValue().receivedTime()))));
        received.setPrefWidth(165);
        TableColumn<IncidentEvent, EventSeverity> severity = new TableColumn<>(text.get("incidents.column.severity"));
        severity.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new IncidentsView.SeverityCell<>(text));
        severity.setPrefWidth(120);
        TableColumn<IncidentEvent, String> source = new TableColumn<>(text.get("incidents.event.source"));
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        source.setPrefWidth(110);
        TableColumn<IncidentEvent, String> summary = new TableColumn<>(text.get("incidents.event.summary"));
        summary.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        summary.setPrefWidth(140);
        table.getColumns().addAll(List.of(time, received, severity, source, summary));
        // Headers are never cut: a column is no narrower than its width here, and a narrow pane scrolls.
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        // Fit the pane: the summary takes what the other columns leave.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefWidth(200);
        table.setMinWidth(0);
        table.setPrefHeight(Math.min(60 + 28.0 * events.size(), 300));
        return table;
    }

    private VBox notes(List<IncidentNote> notes) {
        VBox box = new VBox(6);
        box.setId("incident-notes");
        if (notes.isEmpty()) {
            Label none = new Label(text.get("incidents.notes.none"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        for (IncidentNote note : notes) {
            Label who = new Label(text.get("incidents.note.by", note.author(), Date.from(note.writtenAt())));
            who.getStyleClass().add("text-muted");
            Label body = new Label(note.text());
            body.setWrapText(true);
            box.getChildren().add(new VBox(2, who, body));
        }
        return box;
    }

    private VBox noteEditor() {
        TextArea note = new TextArea();
        note.setId("incident-note-text");
        note.setPromptText(text.get("incidents.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Button add = new Button(text.get("incidents.note.add"));
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
