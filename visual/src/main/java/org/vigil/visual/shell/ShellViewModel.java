package org.vigil.visual.shell;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.core.model.Scenario;
import org.vigil.visual.content.ContentViewModel;
import org.vigil.visual.feeds.FeedsViewModel;
import org.vigil.visual.feeds.LiveSourcesViewModel;
import org.vigil.visual.incidents.IncidentsViewModel;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.situation.AssetTableViewModel;
import org.vigil.visual.situation.ScenarioListViewModel;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/** The main window's state: which area is shown, the pages' view models and the status line. */
public final class ShellViewModel {

    private final UiText text;
    private final ModelText modelText;
    private final String workspace;
    private final ScenarioListViewModel scenarios;
    private final AssetTableViewModel assets;
    private final SettingsViewModel settings;
    private final FeedsViewModel feeds;
    private final LiveSourcesViewModel liveSources;
    private final IncidentsViewModel incidents;
    private final ContentViewModel content;
    private final ReadOnlyObjectWrapper<Area> area = new ReadOnlyObjectWrapper<>(Area.SITUATION);

    public ShellViewModel(
            UiText text,
            String workspace,
            ScenarioListViewModel scenarios,
            AssetTableViewModel assets,
            IncidentsViewModel incidents,
            FeedsViewModel feeds,
            LiveSourcesViewModel liveSources,
            ContentViewModel content,
            SettingsViewModel settings) {
        this.text = text;
        this.modelText = new ModelText(text);
        this.workspace = workspace;
        this.scenarios = scenarios;
        this.assets = assets;
        this.settings = settings;
        this.feeds = feeds;
        this.liveSources = liveSources;
        this.incidents = incidents;
        this.content = content;
        scenarios.openProperty().addListener((obs, old, now) -> assets.show(now));
    }

    public UiText text() {
        return text;
    }

    public ScenarioListViewModel scenarios() {
        return scenarios;
    }

    public AssetTableViewModel assets() {
        return assets;
    }

    public IncidentsViewModel incidents() {
        return incidents;
    }

    public LiveSourcesViewModel liveSources() {
        return liveSources;
    }

    public FeedsViewModel feeds() {
        return feeds;
    }

    public ContentViewModel content() {
        return content;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<Area> areaProperty() {
        return area.getReadOnlyProperty();
    }

    public void show(Area next) {
        area.set(next);
    }

    public StringBinding label(Area a) {
        return text.bind(a.labelKey());
    }

    public StringBinding windowTitle() {
        return text.bind(
                () -> {
                    Scenario open = scenarios.openProperty().get();
                    String app = text.get("app.title");
                    return open == null ? app : scenarioName(open) + " — " + app;
                },
                scenarios.openProperty());
    }

    public StringBinding workspaceStatus() {
        return text.bind("status.workspace", workspace);
    }

    public StringBinding scenarioStatus() {
        return text.bind(
                () -> {
                    Scenario open = scenarios.openProperty().get();
                    if (open == null) {
                        return text.get("status.noScenario");
                    }
                    return text.get("status.scenario", scenarioName(open))
                            + " · "
                            + text.get(
                                    "status.counts",
                                    open.organisations().size(),
                                    open.assets().size(),
                                    open.dependencies().size());
                },
                scenarios.openProperty());
    }

    private String scenarioName(Scenario scenario) {
        return modelText.scenarioName(scenario.summary());
    }
}
