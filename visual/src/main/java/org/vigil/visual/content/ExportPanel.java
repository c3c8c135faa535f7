package org.vigil.visual.content;

import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.vigil.content.awareness.export.ExportFormat;
import org.vigil.visual.text.UiText;

/**
 * Exports the catalogue's selected rows: the formats, the content language or all nine, then a
 * folder to put them in. Progress shows while it runs; the result or the reason it failed after.
 */
final class ExportPanel extends VBox {

    ExportPanel(ExportViewModel model, UiText text) {
        getStyleClass().add("export-panel");
        setSpacing(6);
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty()
                .bind(text.bind(
                        () -> text.get(
                                "content.export.heading", model.selection().size()),
                        model.selection()));
        FlowPane formats = new FlowPane(12, 4);
        for (ExportFormat format : ExportFormat.values()) {
            CheckBox box = new CheckBox();
            box.setId("content-export-" + format.name().toLowerCase(Locale.ROOT));
            box.textProperty().bind(text.bind("content.export.format." + format.name()));
            box.selectedProperty().bindBidirectional(model.formatProperty(format));
            formats.getChildren().add(box);
        }
        CheckBox all = new CheckBox();
        all.setId("content-export-all-languages");
        all.textProperty().bind(text.bind("content.export.allLanguages"));
        all.selectedProperty().bindBidirectional(model.allLanguagesProperty());
        formats.getChildren().add(all);

        Button export = new Button();
        export.setId("content-export");
        export.textProperty()
                .bind(text.bind(
                        () -> text.get(
                                "content.export.button",
                                model.fileCountProperty().get()),
                        model.fileCountProperty()));
        export.disableProperty().bind(model.fileCountProperty().isEqualTo(0).or(model.runningProperty()));
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("content.export.choose"));
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.export(folder.toPath());
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> model.progressProperty().get() == null
                                ? 0
                                : (double) model.progressProperty().get().done()
                                        / Math.max(
                                                1,
                                                model.progressProperty().get().total()),
                        model.progressProperty()));
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        Button cancel = new Button();
        cancel.textProperty().bind(text.bind("content.export.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        Label outcome = new Label();
        outcome.setId("content-export-outcome");
        outcome.setWrapText(true);
        outcome.textProperty()
                .bind(text.bind(
                        () -> {
                            if (model.runningProperty().get()
                                    && model.progressProperty().get() != null) {
                                return text.get(
                                        "content.export.progress",
                                        model.progressProperty().get().done(),
                                        model.progressProperty().get().total());
                            }
                            if (model.failureProperty().get() != null) {
                                return text.get(
                                        "content.export.failed",
                                        model.failureProperty().get());
                            }
                            if (model.resultProperty().get() != null) {
                                return text.get(
                                        "content.export.done",
                                        model.resultProperty().get().files().size(),
                                        model.resultProperty().get().folder().toString());
                            }
                            return "";
                        },
                        model.runningProperty(),
                        model.progressProperty(),
                        model.failureProperty(),
                        model.resultProperty()));
        HBox actions = new HBox(10, export, progress, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, formats, actions, outcome);
    }
}
