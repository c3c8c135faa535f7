package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.core.anomaly.SensitivitySettings;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.store.Workspace;
import org.vigil.visual.anomaly.AnomalyStreamsViewModel;

/**
 * The Anomalies tab in the real window on the demo workspace: once the retail story has replayed, its
 * streams are listed; an analyst picks one from the keyboard, sees its chart, lowers its sensitivity
 * threshold to the least, sees what would have fired, and applies it: the workspace keeps it for the
 * next start.
 */
@ExtendWith(ApplicationExtension.class)
class AnomalyTabWindowTest {

    @TempDir
    static Path dir;

    private final DemoWindow window = new DemoWindow();
    private Workspace workspace;
    private Workstation workstation;

    @Start
    void start(Stage stage) throws Exception {
        window.show(stage, dir, "anomalies");
        workspace = window.workspace();
        workstation = window.workstation();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @Test
    void aStreamsSensitivityIsTunedFromTheKeyboardAndKept(FxRobot robot) throws Exception {
        // given the demo's retail story replayed, its streams measured and saved
        FxWait.until(
                "the replay's streams",
                () -> !workspace.detectorStates().load().streams().isEmpty());
        AnomalyStreamsViewModel model = workstation.model().pages().anomalies();

        // when the Anomalies tab opens and the first stream is chosen from the keyboard
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.SHIFT, KeyCode.ALT);
        ListView<?> streams = robot.lookup("#anomaly-streams").queryAs(ListView.class);
        FxWait.until("the stream list", () -> !streams.getItems().isEmpty());
        robot.interact(streams::requestFocus);
        robot.type(KeyCode.DOWN);
        FxWait.until("the stream's chart", () -> model.historyProperty().get() != null);
        StreamKey stream = model.selectedProperty().get();
        assertThat(stream).isNotNull();

        // and the threshold goes to its least with the keyboard, and is applied
        Slider slider = robot.lookup("#anomaly-threshold").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.HOME);
        FxWait.until(
                "the least threshold",
                () -> Math.abs(model.thresholdProperty().get() - AnomalyStreamsViewModel.MIN_THRESHOLD) < 1e-9);
        Label preview = robot.lookup("#anomaly-preview").queryAs(Label.class);
        int firingNow = model.previewProperty().get().firesNow();
        robot.clickOn("#anomaly-apply");
        WaitForAsyncUtils.waitForFxEvents();

        // then the preview counts at least what fires now, and the threshold is kept for the stream
        assertThat(model.previewProperty().get().wouldFire()).isGreaterThanOrEqualTo(firingNow);
        assertThat(preview.getText()).isNotBlank();
        SensitivitySettings saved = new SensitivitySettings(workspace.settings()::get, workspace.settings()::put);
        assertThat(saved.load().thresholds().tuned(stream).orElseThrow())
                .isCloseTo(AnomalyStreamsViewModel.MIN_THRESHOLD, within(1e-9));
        assertThat(saved.load().problems()).isEmpty();
    }
}
