package org.vigil.app.gui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.vigil.visual.shell.Area;
import org.vigil.visual.shell.ShellViewModel;

/**
 * Rereads the dashboard and the timeline every few seconds while the situation area is shown, and the
 * graph's anomaly badges while the graph is: most events (anomalies among them) arrive without raising
 * an incident, so no listener tells these pages about them.
 * Each page folds a refresh that comes while it is loading into one more load.
 */
final class SituationRefresh {

    private final Timeline ticks;

    SituationRefresh(ShellViewModel model, java.time.Duration every) {
        ticks = new Timeline(new KeyFrame(Duration.millis(every.toMillis()), e -> {
            if (model.areaProperty().get() == Area.SITUATION) {
                model.pages().dashboard().refresh();
                model.pages().timeline().refresh();
            } else if (model.areaProperty().get() == Area.GRAPH) {
                model.pages().graphAnomalies().refresh();
            }
        }));
        ticks.setCycleCount(Timeline.INDEFINITE);
    }

    void start() {
        ticks.play();
    }

    void stop() {
        ticks.stop();
    }
}
