package org.vigil.app.gui;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.feeds.FeedsViewModel;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.shell.MainView;
import org.vigil.visual.shell.ShellViewModel;
import org.vigil.visual.situation.AssetTableViewModel;
import org.vigil.visual.situation.ScenarioListViewModel;
import org.vigil.visual.task.FxBackground;
import org.vigil.visual.text.UiText;

/** Wires the main window for an open workspace: view models, views, appearance and window placement. */
public final class Workstation {

    static final double DEFAULT_WIDTH = 1480;
    static final double DEFAULT_HEIGHT = 920;

    private final Workspace workspace;
    private final ShellViewModel model;
    private final MainView view;
    private final Scene scene;

    public Workstation(
            Workspace workspace,
            MessageCatalog catalog,
            Map<FeedFormat, FeedParser> parsers,
            Clock clock,
            FxBackground background,
            Locale system) {
        this.workspace = workspace;
        UiText text = new UiText(catalog.messages(Language.forLocale(system)));
        SettingsViewModel settings = new SettingsViewModel(text, catalog, workspace.settings(), background, system);
        ScenarioListViewModel scenarios = new ScenarioListViewModel(workspace.scenarios(), background);
        AssetTableViewModel assets = new AssetTableViewModel(text);
        FeedsViewModel feeds = new FeedsViewModel(workspace, parsers, clock, background, Platform::runLater);
        model = new ShellViewModel(text, workspace.file().toString(), scenarios, assets, feeds, settings);
        view = new MainView(model, background);
        scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        new Appearance(settings, scene).apply();
    }

    /** Shows the window where the user left it and starts loading the scenarios. */
    public void show(Stage stage) {
        stage.titleProperty().bind(model.windowTitle());
        stage.setScene(scene);
        new WindowPlacement(workspace.settings()).restoreAndRemember(stage);
        stage.show();
        model.scenarios().refresh();
    }

    public ShellViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }
}
