package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vigil.core.store.Workspace;

@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    @TempDir
    Path dir;

    @Test
    void theWindowReopensWhereAndAsLargeAsItWasClosed(FxRobot robot) throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            // given a window the user moved and resized, then closed
            Stage first = openWindow(robot, workspace);
            robot.interact(() -> {
                Stage stage = first;
                stage.setX(120);
                stage.setY(80);
                stage.setWidth(1000);
                stage.setHeight(700);
                stage.hide();
            });

            // when a new window opens on the same workspace
            Stage reopened = openWindow(robot, workspace);

            // then
            assertThat(reopened.getX()).isEqualTo(120);
            assertThat(reopened.getY()).isEqualTo(80);
            assertThat(reopened.getWidth()).isEqualTo(1000);
            assertThat(reopened.getHeight()).isEqualTo(700);
            robot.interact(reopened::hide);
        }
    }

    @Test
    void boundsThatAreNoLongerOnAnyScreenAreIgnored(FxRobot robot) throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            // given a position saved on a monitor that has since gone
            workspace.settings().put(WindowPlacement.X, "9000");
            workspace.settings().put(WindowPlacement.Y, "9000");
            workspace.settings().put(WindowPlacement.WIDTH, "1000");
            workspace.settings().put(WindowPlacement.HEIGHT, "700");

            // when
            Stage stage = openWindow(robot, workspace);

            // then the window stays where the system puts it
            assertThat(stage.getX()).isLessThan(9000);
            robot.interact(stage::hide);
        }
    }

    private static Stage openWindow(FxRobot robot, Workspace workspace) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 400, 300));
            new WindowPlacement(workspace.settings()).restoreAndRemember(stage[0]);
            stage[0].show();
        });
        return stage[0];
    }
}
