package org.vigil.visual.shell;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.visual.content.ContentViewModel;
import org.vigil.visual.feeds.FeedsViewModel;
import org.vigil.visual.feeds.LiveSourcesViewModel;
import org.vigil.visual.incidents.IncidentsViewModel;
import org.vigil.visual.selection.SituationSelection;
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
    private final PageModels pages;
    private final ReadOnlyObjectWrapper<Area> area = new ReadOnlyObjectWrapper<>(Area.SITUATION);

    public ShellViewModel(UiText text, String workspace, PageModels pages) {
        this.text = text;
        this.modelText = new ModelText(text);
        this.workspace = workspace;
        this.pages = pages;
        SituationSelection selection = pages.selection();
        // The scenario list and the shared selection follow each other: a scenario opened in the list
        // is the one every situation view shows, and a view that switches scenario (the dashboard
        // following an asset of another one) moves the list along.
        pages.scenarios().openProperty().addListener((obs, old, now) -> {
            pages.assets().show(now);
            if (now != null) {
                selection.scenarioIdProperty().set(now.id());
            }
        });
        selection.scenarioIdProperty().addListener((obs, old, now) -> selectInList(now));
        pages.incidents().setOnShowInGraph(() -> show(Area.GRAPH));
        pages.dashboard().setOnIncidentOpened(() -> show(Area.INCIDENTS));
        pages.dashboard().setOnAssetSelected(() -> show(Area.GRAPH));
    }

    private void selectInList(String scenarioId) {
        ScenarioListViewModel scenarios = pages.scenarios();
        ScenarioSummary current = scenarios.selectedProperty().get();
        if (scenarioId == null || (current != null && current.id().equals(scenarioId))) {
            return;
        }
        scenarios.scenarios().stream()
                .filter(s -> s.id().equals(scenarioId))
                .findFirst()
                .ifPresent(s -> scenarios.selectedProperty().set(s));
    }

    public PageModels pages() {
        return pages;
    }

    public UiText text() {
        return text;
    }

    public ScenarioListViewModel scenarios() {
        return pages.scenarios();
    }

    public AssetTableViewModel assets() {
        return pages.assets();
    }

    public IncidentsViewModel incidents() {
        return pages.incidents();
    }

    public LiveSourcesViewModel liveSources() {
        return pages.liveSources();
    }

    public FeedsViewModel feeds() {
        return pages.feeds();
    }

    public ContentViewModel content() {
        return pages.content();
    }

    public SettingsViewModel settings() {
        return pages.settings();
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
                    Scenario open = pages.scenarios().openProperty().get();
                    String app = text.get("app.title");
                    return open == null ? app : scenarioName(open) + " — " + app;
                },
                pages.scenarios().openProperty());
    }

    public StringBinding workspaceStatus() {
        return text.bind("status.workspace", workspace);
    }

    public StringBinding scenarioStatus() {
        return text.bind(
                () -> {
                    Scenario open = pages.scenarios().openProperty().get();
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
                pages.scenarios().openProperty());
    }

    private String scenarioName(Scenario scenario) {
        return modelText.scenarioName(scenario.summary());
    }
}
