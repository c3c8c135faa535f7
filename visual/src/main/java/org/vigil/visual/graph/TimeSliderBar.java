package org.vigil.visual.graph;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.vigil.visual.text.UiText;

/**
 * The cascade's time slider: to the start, a step back, play or pause, a step forward, to the end,
 * a jump to any horizon, the slider itself and the minute in words. Playing is a JavaFX timeline
 * ticking the clock; the clock stops it at the end.
 */
final class TimeSliderBar extends HBox {

    /** How often playing moves one step. */
    static final Duration FRAME = Duration.millis(400);

    private final CascadeClock clock;
    private final UiText text;
    private final MinuteText minutes;
    private final Slider slider = new Slider(0, 0, 0);
    private final MenuButton horizons = new MenuButton();
    private boolean following;

    TimeSliderBar(CascadeClock clock, UiText text) {
        this.clock = clock;
        this.text = text;
        this.minutes = new MinuteText(text);
        getStyleClass().add("graph-time-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        Button start = button(ControlIcons.toStart(), "graph.time.start.tooltip", clock::toStart);
        Button back = button(ControlIcons.stepBack(), "graph.time.back.tooltip", () -> clock.step(-1));
        Button play = button(ControlIcons.play(), "graph.time.play.tooltip", clock::togglePlay);
        play.setId("graph-play");
        clock.playingProperty().addListener((obs, was, is) -> {
            play.setGraphic(is ? ControlIcons.pause() : ControlIcons.play());
            play.getTooltip()
                    .textProperty()
                    .bind(text.bind(is ? "graph.time.pause.tooltip" : "graph.time.play.tooltip"));
        });
        Button forward = button(ControlIcons.stepForward(), "graph.time.forward.tooltip", () -> clock.step(1));
        Button end = button(ControlIcons.toEnd(), "graph.time.end.tooltip", clock::toEnd);

        horizons.textProperty().bind(text.bind("graph.time.horizon"));
        horizons.setTooltip(tooltip("graph.time.horizon.tooltip"));
        clock.horizons().addListener((ListChangeListener<Double>) c -> fillHorizons());
        text.messagesProperty().addListener((obs, old, now) -> fillHorizons());
        fillHorizons();

        slider.setId("graph-time-slider");
        slider.maxProperty().bind(clock.maximumProperty());
        slider.setTooltip(tooltip("graph.time.slider.tooltip"));
        slider.setBlockIncrement(CascadeClock.DEFAULT_STEP_MINUTES);
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!following) {
                clock.setMinute(now.doubleValue());
            }
        });
        clock.minuteProperty().addListener((obs, old, now) -> follow());
        HBox.setHgrow(slider, Priority.ALWAYS);

        Label minute = new Label();
        minute.getStyleClass().add("graph-minute");
        minute.textProperty()
                .bind(text.bind(
                        () -> clock.maximumProperty().get() <= 0
                                ? text.get("graph.time.none")
                                : text.get("graph.time.current", minutes.of(clock.minute())),
                        clock.minuteProperty(),
                        clock.maximumProperty()));
        minute.setMinWidth(USE_PREF_SIZE);

        for (Node control : new Node[] {start, back, play, forward, end, horizons, slider}) {
            control.disableProperty().bind(clock.maximumProperty().lessThanOrEqualTo(0));
        }
        getChildren().addAll(start, back, play, forward, end, horizons, slider, minute);

        Timeline playing = new Timeline(new KeyFrame(FRAME, e -> clock.tick()));
        playing.setCycleCount(Animation.INDEFINITE);
        clock.playingProperty().addListener((obs, was, is) -> {
            if (is) {
                playing.play();
            } else {
                playing.stop();
            }
        });
        follow();
    }

    private void follow() {
        following = true;
        try {
            slider.setValue(clock.minute());
        } finally {
            following = false;
        }
    }

    private void fillHorizons() {
        horizons.getItems().clear();
        for (int i = 0; i < clock.horizons().size(); i++) {
            int index = i;
            MenuItem item = new MenuItem(minutes.of(clock.horizons().get(i)));
            item.setOnAction(e -> clock.jumpTo(index));
            horizons.getItems().add(item);
        }
    }

    private Button button(Node icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, icon);
        button.getStyleClass().add("graph-icon-button");
        button.setTooltip(tooltip(tooltipKey));
        button.setOnAction(e -> action.run());
        button.accessibleTextProperty().bind(text.bind(tooltipKey));
        return button;
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind(key));
        return tooltip;
    }
}
