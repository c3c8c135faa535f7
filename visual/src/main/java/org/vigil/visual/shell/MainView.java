package org.vigil.visual.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.vigil.visual.content.ContentView;
import org.vigil.visual.feeds.FeedsView;
import org.vigil.visual.incidents.IncidentsView;
import org.vigil.visual.settings.SettingsView;
import org.vigil.visual.situation.SituationView;
import org.vigil.visual.task.FxBackground;

/**
 * The main window's content: navigation rail, the page of the selected area, status line.
 * Ctrl+1 … Ctrl+9 switch areas from the keyboard.
 */
public final class MainView extends BorderPane {

    private final Map<Area, Node> pages = new EnumMap<>(Area.class);
    private final NavigationRail rail;
    private final StackPane page = new StackPane();

    public MainView(ShellViewModel model, FxBackground background) {
        getStyleClass().add("main-view");
        rail = new NavigationRail(model);
        for (Area area : Area.values()) {
            pages.put(
                    area,
                    switch (area) {
                        case SITUATION -> new SituationView(model.scenarios(), model.assets(), model.text());
                        case INCIDENTS -> new IncidentsView(model.incidents(), model.text());
                        case FEEDS -> new FeedsView(model.feeds(), model.liveSources(), model.text());
                        case CONTENT -> new ContentView(model.content(), model.text(), background);
                        case SETTINGS -> new SettingsView(model.settings(), model.text());
                        default -> new UpcomingAreaView(area, model.text());
                    });
        }
        page.getStyleClass().add("page");
        page.setPadding(new Insets(16));
        setLeft(rail);
        setCenter(page);
        setBottom(new StatusLine(model, background));
        model.areaProperty().addListener((obs, old, now) -> showPage(now));
        showPage(model.areaProperty().get());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Area[] areas = Area.values();
                for (int i = 0; i < areas.length; i++) {
                    Area area = areas[i];
                    scene.getAccelerators()
                            .put(
                                    new KeyCodeCombination(
                                            KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN),
                                    () -> model.show(area));
                }
            }
        });
    }

    private void showPage(Area area) {
        page.getChildren().setAll(pages.get(area));
    }

    public NavigationRail rail() {
        return rail;
    }

    public Node page(Area area) {
        return pages.get(area);
    }
}
