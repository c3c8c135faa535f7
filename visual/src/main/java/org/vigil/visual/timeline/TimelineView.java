package org.vigil.visual.timeline;

import java.time.Clock;
import java.util.Objects;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.core.store.EventHistoryRepository.Lanes;
import org.vigil.visual.text.UiText;

/**
 * The timeline page: a toolbar (lanes by asset or organisation, zoom, fit all, last hour, brush mode) above the
 * drawing area. Keys, while the timeline has the focus: + and - zoom, the arrows pan and scroll the lanes, Page
 * Up/Down scroll a page, Home fits all, End shows the last hour, B toggles brush mode, G switches the lanes, Z zooms to
 * the brushed range, Escape clears it.
 */
public final class TimelineView extends VBox {

    private final TimelineViewModel model;
    private final UiText text;
    private final TimelineCanvas canvas;
    private final ToggleButton brush = new ToggleButton();

    public TimelineView(TimelineViewModel model, UiText text, Clock clock) {
        this.model = model;
        this.text = text;
        this.canvas = new TimelineCanvas(model, text, clock);
        getStyleClass().add("timeline-page");
        getStylesheets()
                .add(Objects.requireNonNull(TimelineView.class.getResource("timeline.css"))
                        .toExternalForm());
        setSpacing(10);
        Label heading = new Label();
        heading.textProperty().bind(text.bind("timeline.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        canvas.setOnContextMenuRequested(e -> contextMenu().show(canvas, e.getScreenX(), e.getScreenY()));
        getChildren().addAll(heading, toolbar(), canvas, note());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Gives the drawing area the keyboard focus, for when the page is shown. */
    public void focusTimeline() {
        canvas.requestFocus();
    }

    private HBox toolbar() {
        ToggleGroup lanes = new ToggleGroup();
        ToggleButton assets = toggle("timeline.lanes.assets", "timeline.lanes.tooltip", lanes);
        ToggleButton organisations = toggle("timeline.lanes.organisations", "timeline.lanes.tooltip", lanes);
        assets.getStyleClass().add("left-pill");
        organisations.getStyleClass().add("right-pill");
        assets.setSelected(model.groupingProperty().get() == Lanes.ASSET);
        organisations.setSelected(model.groupingProperty().get() == Lanes.ORGANISATION);
        lanes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                lanes.selectToggle(old); // one of the two is always chosen
            } else {
                model.groupingProperty().set(now == organisations ? Lanes.ORGANISATION : Lanes.ASSET);
            }
        });
        model.groupingProperty()
                .addListener((obs, old, now) -> lanes.selectToggle(now == Lanes.ORGANISATION ? organisations : assets));
        HBox laneChoice = new HBox(assets, organisations);

        Button zoomIn = button("timeline.zoomIn", "timeline.zoomIn.tooltip", model::zoomIn);
        Button zoomOut = button("timeline.zoomOut", "timeline.zoomOut.tooltip", model::zoomOut);
        Button fitAll = button("timeline.fitAll", "timeline.fitAll.tooltip", model::fitAll);
        Button lastHour = button("timeline.lastHour", "timeline.lastHour.tooltip", model::lastHour);
        brush.textProperty().bind(text.bind("timeline.brush"));
        brush.setTooltip(tooltip("timeline.brush.tooltip"));
        brush.selectedProperty().addListener((obs, old, now) -> canvas.setBrushMode(now));
        Button clear = button("timeline.clearBrush", "timeline.clearBrush.tooltip", model::clearBrush);
        clear.disableProperty().bind(model.selection().timeRangeProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, laneChoice, gap, zoomOut, zoomIn, fitAll, lastHour, brush, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label note() {
        Label note = new Label();
        note.getStyleClass().add("timeline-note");
        note.setWrapText(true);
        StringBinding says = text.bind(
                () -> {
                    if (model.failureProperty().get() != null) {
                        return text.get(
                                "timeline.failed", model.failureProperty().get());
                    }
                    if (!model.hasScenario()) {
                        return text.get("timeline.empty");
                    }
                    TimelineSnapshot shown = model.snapshotProperty().get();
                    if (shown != null && shown.history().binned()) {
                        return text.get("timeline.binnedNote");
                    }
                    if (shown != null
                            && shown.history().events().isEmpty()
                            && shown.incidents().isEmpty()) {
                        return text.get("timeline.noEvents");
                    }
                    return text.get("timeline.hint") + " " + text.get("anomaly.timeline.legend");
                },
                model.failureProperty(),
                model.snapshotProperty(),
                model.layoutProperty());
        note.textProperty().bind(says);
        return note;
    }

    private ContextMenu contextMenu() {
        MenuItem zoomToSelection = item("timeline.zoomToSelection", model::zoomToSelection);
        MenuItem clear = item("timeline.clearBrush", model::clearBrush);
        boolean nothingBrushed = model.selection().timeRangeProperty().get() == null;
        zoomToSelection.setDisable(nothingBrushed);
        clear.setDisable(nothingBrushed);
        return new ContextMenu(
                item("timeline.zoomIn", model::zoomIn),
                item("timeline.zoomOut", model::zoomOut),
                item("timeline.fitAll", model::fitAll),
                item("timeline.lastHour", model::lastHour),
                new SeparatorMenuItem(),
                zoomToSelection,
                clear);
    }

    private void keyPressed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || !canvas.isFocused()) {
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case PLUS, ADD, EQUALS -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case LEFT -> model.panEarlier();
            case RIGHT -> model.panLater();
            case UP -> canvas.scrollLanes(-LaneLayout.LANE_HEIGHT);
            case DOWN -> canvas.scrollLanes(LaneLayout.LANE_HEIGHT);
            case PAGE_UP -> canvas.scrollLanes(-canvas.pageHeight());
            case PAGE_DOWN -> canvas.scrollLanes(canvas.pageHeight());
            case HOME -> model.fitAll();
            case END -> model.lastHour();
            case ESCAPE -> model.clearBrush();
            case B -> brush.setSelected(!brush.isSelected());
            case G ->
                model.groupingProperty()
                        .set(model.groupingProperty().get() == Lanes.ASSET ? Lanes.ORGANISATION : Lanes.ASSET);
            case Z -> model.zoomToSelection();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private ToggleButton toggle(String key, String tooltipKey, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton();
        toggle.textProperty().bind(text.bind(key));
        toggle.setTooltip(tooltip(tooltipKey));
        toggle.setToggleGroup(group);
        return toggle;
    }

    private Button button(String key, String tooltipKey, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(text.bind(key));
        button.setTooltip(tooltip(tooltipKey));
        button.setOnAction(e -> {
            action.run();
            canvas.requestFocus();
        });
        return button;
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind(key));
        return tooltip;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
