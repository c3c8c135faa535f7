package org.vigil.visual.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.store.ActivityRepository;
import org.vigil.core.store.ScenarioRepository;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;

/**
 * The situation dashboard: open incidents by severity and state, assets hit per layer, feed health,
 * the most affected business services, the most critical assets and what changed in the last hour —
 * for the selected scenario, or for every scenario of the workspace. Loads run off the UI thread, at
 * most one at a time with one more queued; the most critical assets are computed once per scenario
 * and kept. A click publishes to the shared {@link SituationSelection}.
 */
public final class DashboardViewModel {

    static final int SHOWN_CRITICAL = 10;

    private final ScenarioRepository scenarios;
    private final LiveCascade cascade;
    private final CriticalAssets critical;
    private final RuleTitles titles;
    private final SituationSelection selection;
    private final DashboardLoad load;
    private final Clock clock;
    private final Background background;

    private final BooleanProperty allScenarios = new SimpleBooleanProperty(this, "allScenarios", false);
    private final ObservableList<Tally<EventSeverity>> openBySeverity = FXCollections.observableArrayList();
    private final ObservableList<Tally<IncidentState>> byState = FXCollections.observableArrayList();
    private final ObservableList<LayerImpact> layers = FXCollections.observableArrayList();
    private final ObservableList<FeedHealth> feeds = FXCollections.observableArrayList();
    private final ObservableList<ServiceImpact> services = FXCollections.observableArrayList();
    private final ObservableList<CriticalAsset> criticalAssets = FXCollections.observableArrayList();
    private final ObservableList<RecentChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Instant> updatedAt = new ReadOnlyObjectWrapper<>(this, "updatedAt");
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    // UI thread only.
    private final Map<String, Scenario> loadedScenarios = new HashMap<>();
    private final Map<String, List<CriticalAsset>> criticalByScenario = new HashMap<>();
    private final Set<String> criticalPending = new HashSet<>();
    private List<String> shownScenarioIds = List.of();
    private boolean refreshing;
    private boolean refreshAgain;
    private Runnable onIncidentOpened = () -> {};
    private Runnable onAssetSelected = () -> {};

    /**
     * @param clock the clock events are received by: "now" for rates, lags and the last hour (a
     *     replay's clock in the demo)
     * @param uiThread runs on the UI thread; the cascade's listener hops through it
     */
    public DashboardViewModel(
            ActivityRepository activity,
            ScenarioRepository scenarios,
            LiveCascade cascade,
            CriticalityAnalysis criticality,
            RuleTitles titles,
            SituationSelection selection,
            FeedThresholds thresholds,
            Clock clock,
            Background background,
            Executor uiThread) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.cascade = Objects.requireNonNull(cascade, "cascade");
        this.critical = new CriticalAssets(Objects.requireNonNull(criticality, "criticality"));
        this.titles = Objects.requireNonNull(titles, "titles");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.load = new DashboardLoad(Objects.requireNonNull(activity, "activity"), thresholds);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.background = Objects.requireNonNull(background, "background");
        Objects.requireNonNull(uiThread, "uiThread");
        cascade.addListener(situations -> uiThread.execute(this::refresh));
        selection.scenarioIdProperty().addListener((obs, old, now) -> refresh());
        allScenarios.addListener((obs, old, now) -> refresh());
    }

    /** Whether the dashboard covers every scenario of the workspace instead of the selected one. */
    public BooleanProperty allScenariosProperty() {
        return allScenarios;
    }

    /** Open incidents per severity, the most severe first, zeros included. */
    public ObservableList<Tally<EventSeverity>> openBySeverity() {
        return FXCollections.unmodifiableObservableList(openBySeverity);
    }

    /** Incidents per state, in lifecycle order, zeros included. */
    public ObservableList<Tally<IncidentState>> byState() {
        return FXCollections.unmodifiableObservableList(byState);
    }

    /** Assets the cascade of open incidents hits, per layer. */
    public ObservableList<LayerImpact> layers() {
        return FXCollections.unmodifiableObservableList(layers);
    }

    public ObservableList<FeedHealth> feeds() {
        return FXCollections.unmodifiableObservableList(feeds);
    }

    /** The most affected business services, most affected first. */
    public ObservableList<ServiceImpact> services() {
        return FXCollections.unmodifiableObservableList(services);
    }

    /** The assets whose failure alone costs most, highest expected impact first. */
    public ObservableList<CriticalAsset> criticalAssets() {
        return FXCollections.unmodifiableObservableList(criticalAssets);
    }

    /** What changed in the last hour, newest first. */
    public ObservableList<RecentChange> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    /** When the figures shown were read (by the dashboard's clock), or null before the first load. */
    public ReadOnlyObjectProperty<Instant> updatedAtProperty() {
        return updatedAt.getReadOnlyProperty();
    }

    /** Why the last load failed, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** A scenario already loaded for the dashboard (to name its assets), if it is. */
    public Optional<Scenario> scenario(String scenarioId) {
        return Optional.ofNullable(loadedScenarios.get(scenarioId));
    }

    /**
     * An incident's title in the language of {@code languageTag}, where its rule translates it; the
     * stored title otherwise.
     */
    public String title(RecentChange change, String languageTag) {
        return titles.title(
                change.ruleId().orElse(""), languageTag, change.title().orElse(change.target()));
    }

    /** Reloads everything; a call while a load runs is folded into one more load after it. */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        Optional<String> scenarioId = allScenarios.get()
                ? Optional.empty()
                : Optional.ofNullable(selection.scenarioIdProperty().get());
        boolean all = allScenarios.get();
        if (!all && scenarioId.isEmpty()) {
            clear();
            settled();
            return;
        }
        background.submit(
                new Background.Description("dashboard.status.loading"),
                () -> {
                    Instant now = clock.instant();
                    List<String> ids = all
                            ? scenarios.summaries().stream()
                                    .map(ScenarioSummary::id)
                                    .toList()
                            : List.of(scenarioId.get());
                    Collection<CascadeSituation> situations = cascade.situations().values().stream()
                            .filter(s -> ids.contains(s.scenarioId()))
                            .toList();
                    return new Loaded(ids, now, load.load(scenarioId, situations, now));
                },
                loaded -> {
                    show(loaded);
                    failure.set(null);
                    settled();
                },
                error -> {
                    failure.set(describe(error));
                    settled();
                });
    }

    private record Loaded(List<String> scenarioIds, Instant at, DashboardSnapshot snapshot) {}

    private void show(Loaded loaded) {
        DashboardSnapshot snapshot = loaded.snapshot();
        openBySeverity.setAll(snapshot.openBySeverity());
        byState.setAll(snapshot.byState());
        layers.setAll(snapshot.layers());
        feeds.setAll(snapshot.feeds());
        services.setAll(snapshot.services());
        changes.setAll(snapshot.changes());
        updatedAt.set(loaded.at());
        shownScenarioIds = loaded.scenarioIds();
        publishCritical();
        computeMissingCriticality();
    }

    private void clear() {
        openBySeverity.clear();
        byState.clear();
        layers.clear();
        feeds.clear();
        services.clear();
        changes.clear();
        criticalAssets.clear();
        shownScenarioIds = List.of();
    }

    private void settled() {
        refreshing = false;
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    /** Criticality costs a cascade per asset: computed once per scenario, in one job for all missing. */
    private void computeMissingCriticality() {
        List<String> missing = shownScenarioIds.stream()
                .filter(id -> !criticalByScenario.containsKey(id) && !criticalPending.contains(id))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        criticalPending.addAll(missing);
        background.submit(
                new Background.Description("dashboard.status.criticality"),
                () -> {
                    Map<String, Scenario> found = new HashMap<>();
                    Map<String, List<CriticalAsset>> computed = new HashMap<>();
                    for (String id : missing) {
                        scenarios.find(id).ifPresent(scenario -> {
                            found.put(id, scenario);
                            computed.put(id, critical.top(scenario, SHOWN_CRITICAL));
                        });
                    }
                    return new Computed(found, computed);
                },
                computed -> {
                    criticalPending.removeAll(missing);
                    loadedScenarios.putAll(computed.scenarios());
                    criticalByScenario.putAll(computed.critical());
                    publishCritical();
                },
                error -> {
                    criticalPending.removeAll(missing);
                    failure.set(describe(error));
                });
    }

    private record Computed(Map<String, Scenario> scenarios, Map<String, List<CriticalAsset>> critical) {}

    private void publishCritical() {
        List<CriticalAsset> merged = new ArrayList<>();
        shownScenarioIds.forEach(id -> merged.addAll(criticalByScenario.getOrDefault(id, List.of())));
        merged.sort(Comparator.comparingDouble(CriticalAsset::expectedImpact)
                .reversed()
                .thenComparing(CriticalAsset::scenarioId)
                .thenComparing(CriticalAsset::assetId));
        criticalAssets.setAll(merged.subList(0, Math.min(SHOWN_CRITICAL, merged.size())));
    }

    /** What the window does after an incident is opened from the dashboard: show the board. */
    public void setOnIncidentOpened(Runnable action) {
        onIncidentOpened = Objects.requireNonNull(action, "action");
    }

    /** What the window does after an asset or service is picked on the dashboard: show the graph. */
    public void setOnAssetSelected(Runnable action) {
        onAssetSelected = Objects.requireNonNull(action, "action");
    }

    /** Focuses the incident in every situation view. */
    public void openIncident(String incidentId) {
        selection.incidentIdProperty().set(Objects.requireNonNull(incidentId, "incidentId"));
        onIncidentOpened.run();
    }

    /** Selects the asset, switching to its scenario first if another one is shown. */
    public void selectAsset(String scenarioId, String assetId) {
        Objects.requireNonNull(assetId, "assetId");
        if (!Objects.equals(selection.scenarioIdProperty().get(), scenarioId)) {
            selection.scenarioIdProperty().set(scenarioId);
        }
        selection.selectAssets(Set.of(assetId));
        onAssetSelected.run();
    }

    /** Follows a line of what changed to its target; returns false when it has none to select (a feed). */
    public boolean open(RecentChange change) {
        switch (change.kind()) {
            case INCIDENT_RAISED, INCIDENT_MOVED -> openIncident(change.target());
            case ASSET_HIT -> selectAsset(change.scenarioId().orElseThrow(), change.target());
            case FEED_SILENT -> {
                return false;
            }
        }
        return true;
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
