package org.vigil.visual.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The column of area buttons on the left; exactly one is selected, following the view model. */
public final class NavigationRail extends VBox {

    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);

    public NavigationRail(ShellViewModel model) {
        getStyleClass().add("navigation-rail");
        // As wide as the longest label in the current language: area names are never cut.
        setMinWidth(USE_PREF_SIZE);
        setSpacing(2);
        Label title = new Label();
        title.textProperty().bind(model.text().bind("app.title"));
        title.getStyleClass().addAll("title-3", "rail-title");
        getChildren().add(title);
        ToggleGroup group = new ToggleGroup();
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("nav-" + area.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(model.label(area));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.getStyleClass().add("rail-button");
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(model.text().bind(() -> button.getText(), button.textProperty()));
            button.setTooltip(tip);
            button.setOnAction(e -> model.show(area));
            buttons.put(area, button);
            if (area == Area.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                getChildren().add(spacer);
            }
            getChildren().add(button);
        }
        // A toggle group lets the user deselect; the area is never empty, so re-select the current one.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        model.areaProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        buttons.get(model.areaProperty().get()).setSelected(true);
    }

    public ToggleButton button(Area area) {
        return buttons.get(area);
    }
}
