package org.vigil.visual.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.vigil.visual.task.Background;
import org.vigil.visual.task.FxBackground;

/**
 * What runs in the background (with an indeterminate progress bar while it does), the open
 * scenario with its counts, and the workspace file. Long texts are cut, never the job text.
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

        Label scenario = new Label();
        scenario.setId("status-scenario");
        scenario.textProperty().bind(model.scenarioStatus());
        scenario.setMinWidth(0);
        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.textProperty().bind(model.workspaceStatus());
        workspace.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        workspace.setMinWidth(0);
        workspace.setMaxWidth(420);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(workspace.textProperty());
        workspace.setTooltip(whole);
        getRightItems().addAll(scenario, new Separator(Orientation.VERTICAL), workspace);
    }
}
