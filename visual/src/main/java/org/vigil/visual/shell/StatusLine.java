package org.vigil.visual.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import org.controlsfx.control.StatusBar;
import org.vigil.visual.task.Background;
import org.vigil.visual.task.FxBackground;

/** Workspace, scenario and counts; while background work runs, what it is and an indeterminate progress. */
public final class StatusLine extends StatusBar {

    public StatusLine(ShellViewModel model, FxBackground background) {
        getStyleClass().add("status-line");
        textProperty()
                .bind(model.text()
                        .bind(
                                () -> {
                                    Background.Description job =
                                            background.currentProperty().get();
                                    return job == null
                                            ? model.text().get("status.ready")
                                            : model.text().get(job.key(), job.args());
                                },
                                background.currentProperty()));
        progressProperty()
                .bind(Bindings.when(background.busyProperty()).then(-1.0).otherwise(0.0));
        Label scenario = new Label();
        scenario.setId("status-scenario");
        scenario.textProperty().bind(model.scenarioStatus());
        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.textProperty().bind(model.workspaceStatus());
        getRightItems().addAll(scenario, new Separator(Orientation.VERTICAL), workspace);
    }
}
