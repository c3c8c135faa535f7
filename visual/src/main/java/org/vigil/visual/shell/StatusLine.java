package org.vigil.visual.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.vigil.core.model.Scenario;
import org.vigil.visual.task.Background;
import org.vigil.visual.task.FxBackground;
import org.vigil.visual.text.ModelText;

/**
 * What runs in the background (with an indeterminate progress bar while it does), the open
 * scenario with its counts, and the workspace file. Long texts are cut (the counts, the workspace
 * path from its start, each whole in its tooltip), never the job text or the scenario's name.
 */
public final class StatusLine extends StatusBar {

    public StatusLine(ShellViewModel model, FxBackground background) {
        getStyleClass().add("status-line");
        setText("");
        Label job = new Label();
        job.setId("status-job");
        job.setMinWidth(Region.USE_PREF_SIZE);
        job.textProperty()
                .bind(model.text()
                        .bind(
                                () -> {
                                    Background.Description running =
                                            background.currentProperty().get();
                                    return running == null
                                            ? model.text().get("status.ready")
                                            : model.text().get(running.key(), running.args());
                                },
                                background.currentProperty()));
        progressProperty()
                .bind(Bindings.when(background.busyProperty()).then(-1.0).otherwise(0.0));
        getLeftItems().addAll(job, new Separator(Orientation.VERTICAL));

        // The open scenario's name is never cut; its counts give way first, and are whole in a tooltip.
        ModelText modelText = new ModelText(model.text());
        ReadOnlyObjectProperty<Scenario> open = model.scenarios().openProperty();
        Label scenario = new Label();
        scenario.setId("status-scenario");
        scenario.textProperty()
                .bind(model.text()
                        .bind(
                                () -> open.get() == null
                                        ? model.text().get("status.noScenario")
                                        : model.text().get("status.scenario", modelText.scenarioName(open.get())),
                                open));
        scenario.setMinWidth(Region.USE_PREF_SIZE);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty()
                .bind(model.text()
                        .bind(
                                () -> open.get() == null
                                        ? ""
                                        : model.text()
                                                .get(
                                                        "status.counts",
                                                        open.get()
                                                                .organisations()
                                                                .size(),
                                                        open.get().assets().size(),
                                                        open.get()
                                                                .dependencies()
                                                                .size()),
                                open));
        counts.setMinWidth(0);
        Tooltip allCounts = new Tooltip();
        allCounts.textProperty().bind(counts.textProperty());
        counts.setTooltip(allCounts);
        counts.visibleProperty().bind(open.isNotNull());
        counts.managedProperty().bind(counts.visibleProperty());
        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.textProperty().bind(model.workspaceStatus());
        workspace.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        workspace.setMinWidth(0);
        workspace.setMaxWidth(420);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(workspace.textProperty());
        workspace.setTooltip(whole);
        Separator beforeCounts = new Separator(Orientation.VERTICAL);
        beforeCounts.visibleProperty().bind(counts.visibleProperty());
        beforeCounts.managedProperty().bind(counts.visibleProperty());
        getRightItems().addAll(scenario, beforeCounts, counts, new Separator(Orientation.VERTICAL), workspace);
    }
}
