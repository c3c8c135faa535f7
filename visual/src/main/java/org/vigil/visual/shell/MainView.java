package org.vigil.visual.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.vigil.visual.cascade.CascadeView;
import org.vigil.visual.content.ContentView;
import org.vigil.visual.feeds.FeedsView;
import org.vigil.visual.graph.GraphView;
import org.vigil.visual.graph.GraphViewModel;
import org.vigil.visual.graph.render.GraphExport;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.incidents.IncidentsView;
import org.vigil.visual.report.ReportExportMenu;
import org.vigil.visual.report.ReportPicture;
import org.vigil.visual.settings.SettingsView;
import org.vigil.visual.situation.SituationView;
import org.vigil.visual.task.FxBackground;
import org.vigil.visual.text.UiText;
import org.vigil.visual.timeline.TimelineView;
import org.vigil.visual.training.TrainingView;

/**
 * The main window's content: navigation rail, the page of the selected area, status line.
 * Ctrl+1 … Ctrl+9 switch areas from the keyboard.
 */
public final class MainView extends BorderPane {

    private final Map<Area, Node> pages = new EnumMap<>(Area.class);
    private final NavigationRail rail;
    private final StackPane page = new StackPane();
    private final ReportExportMenu reports;

    public MainView(ShellViewModel model, FxBackground background, Clock clock) {
        getStyleClass().add("main-view");
        rail = new NavigationRail(model);
        PageModels models = model.pages();
        UiText text = model.text();
        for (Area area : Area.values()) {
            pages.put(
                    area,
                    switch (area) {
                        case SITUATION ->
                            new SituationView(
                                    model.scenarios(),
                                    model.assets(),
                                    models.dashboard(),
                                    new TimelineView(models.timeline(), text, clock),
                                    models.anomalies(),
                                    text);
                        case GRAPH ->
                            new GraphAreaView(
                                    graphWithAnomalies(models, text),
                                    new CascadeView(models.cascade(), models.selection(), text),
                                    text);
                        case INCIDENTS -> new IncidentsView(model.incidents(), model.text());
                        case TRAINING -> new TrainingView(models.training(), text);
                        case FEEDS -> new FeedsView(model.feeds(), model.liveSources(), model.text());
                        case CONTENT -> new ContentView(model.content(), model.text(), background);
                        case SETTINGS -> new SettingsView(model.settings(), model.text());
                        default -> new UpcomingAreaView(area, model.text());
                    });
        }
        page.getStyleClass().add("page");
        page.setPadding(new Insets(16));
        reports = new ReportExportMenu(
                models.reports(), text, models.selection(), kind -> pictures(models.graph(), text));
        HBox header = new HBox(reports);
        header.getStyleClass().add("page-header");
        header.setAlignment(Pos.CENTER_RIGHT);
        header.setPadding(new Insets(8, 16, 0, 16));
        BorderPane content = new BorderPane(page);
        content.setTop(header);
        setLeft(rail);
        setCenter(content);
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

    private static GraphView graphWithAnomalies(PageModels models, UiText text) {
        GraphView graph = new GraphView(models.graph(), text);
        graph.showAnomalies(models.graphAnomalies());
        return graph;
    }

    /** The graph as it is drawn now, for a report; none if it cannot be drawn. */
    private static List<ReportPicture> pictures(GraphViewModel graph, UiText text) {
        GraphScene scene = graph.sceneProperty().get();
        if (scene == null || scene.nodes().isEmpty()) {
            return List.of();
        }
        try {
            Path file = Files.createTempFile("vigil-graph", ".png");
            try {
                new GraphExport().png(scene, file);
                return List.of(new ReportPicture(text.get("report.picture.graph"), Files.readAllBytes(file)));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // the report is still worth having without its picture
            return List.of();
        }
    }

    /** The report export menu above every page. */
    public ReportExportMenu reports() {
        return reports;
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
