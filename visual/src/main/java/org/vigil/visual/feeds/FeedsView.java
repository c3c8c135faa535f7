package org.vigil.visual.feeds;

import java.io.File;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.visual.text.UiText;

/**
 * The feeds page: totals, the live sources (scenario replay, syslog listener), importing event files
 * with progress and cancel, and the quarantine.
 */
public final class FeedsView extends VBox {

    private final FeedsViewModel model;
    private final UiText text;

    public FeedsView(FeedsViewModel model, LiveSourcesViewModel live, UiText text) {
        this.model = model;
        this.text = text;
        getStyleClass().add("feeds-page");
        setSpacing(14);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("feeds.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        getChildren()
                .addAll(heading, totals(), new LiveSourcesView(live, text), importBar(), progressLine(), quarantine());
        model.refresh();
        // Live sources keep storing: the totals follow while the page is shown.
        Timeline totals = new Timeline(new KeyFrame(Duration.seconds(3), e -> {
            if (shown() && !model.importingProperty().get()) {
                model.refresh();
            }
        }));
        totals.setCycleCount(Animation.INDEFINITE);
        totals.play();
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && !model.importingProperty().get()) {
                model.refresh();
            }
        });
    }

    /** On screen: this page is in a window that is showing (a closed window's timelines stop asking). */
    private boolean shown() {
        return getScene() != null
                && getScene().getWindow() != null
                && getScene().getWindow().isShowing();
    }

    private FlowPane totals() {
        FlowPane pane = new FlowPane(24, 8);
        pane.setId("feeds-totals");
        pane.getChildren()
                .addAll(
                        stat(
                                "feeds.total.events",
                                () -> model.totalsProperty().get().events()),
                        stat(
                                "feeds.total.unmapped",
                                () -> model.totalsProperty().get().unmapped()),
                        stat(
                                "feeds.total.quarantined",
                                () -> model.totalsProperty().get().quarantined()),
                        stat(
                                "feeds.total.indicators",
                                () -> model.totalsProperty().get().indicators()));
        return pane;
    }

    private VBox stat(String key, LongSupplier value) {
        Label number = new Label();
        number.getStyleClass().add("stat-number");
        number.textProperty()
                .bind(text.bind(() -> text.get("feeds.total.value", value.getAsLong()), model.totalsProperty()));
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("text-muted");
        VBox box = new VBox(2, number, label);
        box.getStyleClass().add("stat");
        return box;
    }

    private HBox importBar() {
        Label formatLabel = new Label();
        formatLabel.textProperty().bind(text.bind("feeds.format"));
        ComboBox<FeedFormat> formats = new ComboBox<>(FXCollections.observableArrayList(model.formats()));
        formats.setId("feeds-format");
        formats.valueProperty().bindBidirectional(model.formatProperty());
        formats.setCellFactory(list -> new FormatCell());
        formats.setButtonCell(new FormatCell());
        // A new cell factory makes the drop-down list build its cells again, in the new language.
        text.messagesProperty().addListener((obs, old, now) -> {
            formats.setCellFactory(list -> new FormatCell());
            formats.setButtonCell(new FormatCell());
        });
        formatLabel.setLabelFor(formats);

        Button files = new Button();
        files.setId("feeds-import-files");
        files.textProperty().bind(text.bind("feeds.import.files"));
        files.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("feeds.import.files"));
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                model.importFiles(chosen.stream().map(File::toPath).toList());
            }
        });
        Button folder = new Button();
        folder.setId("feeds-import-folder");
        folder.textProperty().bind(text.bind("feeds.import.folder"));
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("feeds.import.folder"));
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.importFiles(List.of(chosen.toPath()));
            }
        });
        files.disableProperty().bind(model.importingProperty());
        folder.disableProperty().bind(model.importingProperty());
        formats.disableProperty().bind(model.importingProperty());
        HBox bar = new HBox(10, formatLabel, formats, files, folder);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox progressLine() {
        ProgressBar bar = new ProgressBar();
        bar.setId("feeds-progress");
        bar.progressProperty().bind(model.fractionProperty());
        bar.visibleProperty().bind(model.importingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(260);
        Button cancel = new Button();
        cancel.setId("feeds-cancel");
        cancel.textProperty().bind(text.bind("feeds.cancel"));
        cancel.visibleProperty().bind(model.importingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Label status = new Label();
        status.setId("feeds-status");
        status.setWrapText(true);
        status.textProperty()
                .bind(text.bind(
                        this::statusText,
                        model.importingProperty(),
                        model.progressProperty(),
                        model.lastImportProperty(),
                        model.failureProperty()));
        HBox line = new HBox(10, bar, cancel, status);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        return line;
    }

    private String statusText() {
        if (model.failureProperty().get() != null) {
            return text.get("feeds.failed", model.failureProperty().get());
        }
        if (model.importingProperty().get()) {
            FeedsViewModel.Progress now = model.progressProperty().get();
            return now == null
                    ? text.get("feeds.starting")
                    : text.get("feeds.progress", now.fraction(), now.eventsPerSecond(), now.secondsLeft());
        }
        IngestCounts last = model.lastImportProperty().get();
        return last == null
                ? text.get("feeds.idle")
                : text.get(
                        "feeds.done",
                        last.read(),
                        last.stored(),
                        last.duplicates(),
                        last.quarantined(),
                        last.unmapped());
    }

    private VBox quarantine() {
        Label heading = new Label();
        heading.textProperty().bind(text.bind("feeds.quarantine.heading"));
        heading.getStyleClass().addAll("title-4", "section-heading");
        TableView<QuarantinedRecord> table = new TableView<>(model.quarantined());
        table.setId("feeds-quarantine");
        TableColumn<QuarantinedRecord, String> source = new TableColumn<>();
        source.textProperty().bind(text.bind("feeds.quarantine.source"));
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        source.setPrefWidth(320);
        TableColumn<QuarantinedRecord, Long> offset = new TableColumn<>();
        offset.textProperty().bind(text.bind("feeds.quarantine.offset"));
        offset.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().offset()));
        offset.setPrefWidth(110);
        TableColumn<QuarantinedRecord, String> reason = new TableColumn<>();
        reason.textProperty().bind(text.bind("feeds.quarantine.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(480);
        table.getColumns().addAll(List.of(source, offset, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(text.bind("feeds.quarantine.empty"));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, heading, table);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private final class FormatCell extends ListCell<FeedFormat> {
        @Override
        protected void updateItem(FeedFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get("feeds.format." + item.name()));
        }
    }
}
