package org.vigil.visual.report;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.text.UiText;

/**
 * "Export report" for the board and the dashboard: the focused incident's report or the situation
 * of the scenario shown (the whole workspace when none is), as PDF or CSV, to a file picked in a
 * save dialog. A spinner and Cancel show while it is written; then where it went, or why not.
 * Ctrl+Shift+E (the focused incident) and Ctrl+Shift+S (the situation) export as PDF.
 */
public final class ReportExportMenu extends HBox {

    public static final KeyCombination INCIDENT_PDF =
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SITUATION_PDF =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ReportsViewModel model;
    private final UiText text;
    private final SituationSelection selection;
    private final Function<ReportKind, List<ReportPicture>> pictures;

    /**
     * @param pictures the pictures for a report of the given kind, snapshotted on the UI thread when
     *     the user has picked the file (the graph, the impact chart); an empty list for none
     */
    public ReportExportMenu(
            ReportsViewModel model,
            UiText text,
            SituationSelection selection,
            Function<ReportKind, List<ReportPicture>> pictures) {
        this.model = model;
        this.text = text;
        this.selection = selection;
        this.pictures = pictures;
        setId("report-export");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);

        MenuButton menu = new MenuButton();
        menu.setId("report-export-menu");
        menu.setMnemonicParsing(true);
        menu.textProperty().bind(text.bind("report.menu"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("report.menu.tooltip"));
        menu.setTooltip(tip);
        menu.disableProperty().bind(model.runningProperty());
        MenuItem incidentPdf = item("report.menu.incidentPdf", ReportKind.INCIDENT, ReportFormat.PDF);
        incidentPdf.setAccelerator(INCIDENT_PDF);
        MenuItem incidentCsv = item("report.menu.incidentCsv", ReportKind.INCIDENT, ReportFormat.CSV);
        incidentPdf.disableProperty().bind(selection.incidentIdProperty().isNull());
        incidentCsv.disableProperty().bind(selection.incidentIdProperty().isNull());
        MenuItem situationPdf = item("report.menu.situationPdf", ReportKind.SITUATION, ReportFormat.PDF);
        situationPdf.setAccelerator(SITUATION_PDF);
        MenuItem situationCsv = item("report.menu.situationCsv", ReportKind.SITUATION, ReportFormat.CSV);
        menu.getItems().addAll(incidentPdf, incidentCsv, situationPdf, situationCsv);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        Button cancel = new Button();
        cancel.setId("report-export-cancel");
        cancel.textProperty().bind(text.bind("report.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        Label outcome = new Label();
        outcome.setId("report-export-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.message());
        // The outcome is a sentence, not a state: the text says whether it worked.
        getChildren().addAll(menu, progress, cancel, outcome);
    }

    /** Asks where to and exports; does nothing if the dialog is cancelled. */
    public void export(ReportKind kind, ReportFormat format) {
        String incidentId = selection.incidentIdProperty().get();
        String scenarioId = selection.scenarioIdProperty().get();
        if (kind == ReportKind.INCIDENT && incidentId == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("report.chooser.title"));
        String extension = format.name().toLowerCase(Locale.ROOT);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(text.get("report.chooser." + extension), "*." + extension));
        chooser.setInitialFileName(
                kind == ReportKind.INCIDENT
                        ? ReportsViewModel.suggestedIncidentName(incidentId, format)
                        : ReportsViewModel.suggestedSituationName(scenarioId, format));
        File file =
                chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        List<ReportPicture> shots = pictures.apply(kind);
        if (kind == ReportKind.INCIDENT) {
            model.exportIncident(incidentId, format, target, shots);
        } else {
            model.exportSituation(scenarioId, format, target, shots);
        }
    }

    private MenuItem item(String key, ReportKind kind, ReportFormat format) {
        MenuItem item = new MenuItem();
        item.setMnemonicParsing(true);
        item.textProperty().bind(text.bind(key));
        item.setOnAction(e -> export(kind, format));
        return item;
    }
}
