package org.vigil.visual.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.IncidentRepository;
import org.vigil.core.store.ScenarioRepository;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * The interdependency graph page: the scenario the window's selection names, drawn at the cascade
 * minute of its time slider ({@link #clock()}), shaped by the analyst's {@link #options()} (layout,
 * level of detail, filters, manual moves), with search, selection and its explanation path, and focus
 * on the selected incident. Every change builds a new {@link GraphScene} off the UI thread; the page
 * shows the newest. Needs no toolkit.
 */
public final class GraphViewModel {

    static final int SUGGESTIONS = 12;

    private final ScenarioRepository scenarios;
    private final LiveCascade cascade;
    private final IncidentRepository incidents;
    private final SituationSelection selection;
    private final UiText text;
    private final Background background;
    private final CascadeClock clock;
    private final GraphOptions options;
    private final SceneBuilds builds;

    private final ReadOnlyObjectWrapper<GraphScene> scene =
            new ReadOnlyObjectWrapper<>(this, "scene", GraphScene.empty());
    private final ReadOnlyObjectWrapper<NodeDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<String> selectedNode = new ReadOnlyObjectWrapper<>(this, "selectedNode");
    private final ReadOnlyObjectWrapper<String> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final IntegerProperty focusDepth =
            new SimpleIntegerProperty(this, "focusDepth", FocusNeighbourhood.MIN_HOPS);
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();

    private Scenario scenario;
    private Optional<CascadeSituation> situation = Optional.empty();
    private Optional<Set<String>> focusSeeds = Optional.empty();
    private Optional<ScenePipeline.Laid> forceLayout = Optional.empty();
    private VisibleGraph shown = new VisibleGraph(List.of(), List.of());
    private AssetSearch search = new AssetSearch(List.of());
    private boolean writingSelection;

    public GraphViewModel(
            ScenarioRepository scenarios,
            LiveCascade cascade,
            IncidentRepository incidents,
            SituationSelection selection,
            UiText text,
            Background background,
            Executor uiThread) {
        this(scenarios, cascade, incidents, selection, text, background, uiThread, new ScenePipeline());
    }

    GraphViewModel(
            ScenarioRepository scenarios,
            LiveCascade cascade,
            IncidentRepository incidents,
            SituationSelection selection,
            UiText text,
            Background background,
            Executor uiThread,
            ScenePipeline pipeline) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.cascade = Objects.requireNonNull(cascade, "cascade");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.text = Objects.requireNonNull(text, "text");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = new CascadeClock(selection);
        this.builds = new SceneBuilds(
                pipeline, background, uiThread, this::request, this::publish, error -> failure.set(describe(error)));
        this.options = new GraphOptions(builds::request);
        // The cascade calls back on its own thread: hop to the UI thread before touching state.
        cascade.addListener(situations -> uiThread.execute(() -> situationChanged(situations.get(scenarioId()))));
        selection.scenarioIdProperty().addListener((obs, old, now) -> load(now));
        selection.incidentIdProperty().addListener((obs, old, now) -> loadFocus(now));
        selection.assetIdsProperty().addListener((obs, old, now) -> assetsSelected(now));
        selection.cascadeMinuteProperty().addListener((obs, old, now) -> builds.request());
        focusDepth.addListener((obs, old, now) -> {
            int hops = Math.max(FocusNeighbourhood.MIN_HOPS, Math.min(FocusNeighbourhood.MAX_HOPS, now.intValue()));
            if (hops != now.intValue()) {
                focusDepth.set(hops);
            } else if (focusSeeds.isPresent()) {
                builds.request();
            }
        });
        text.messagesProperty().addListener((obs, old, now) -> {
            rebuildSearch();
            builds.request();
        });
        load(selection.scenarioIdProperty().get());
    }

    // --- what the page shows ---------------------------------------------------------------------

    /** The newest scene; empty until a scenario is shown. */
    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The selected node's details, or null when nothing is selected. */
    public ReadOnlyObjectProperty<NodeDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    /** A node search just revealed: the view centres on it once the scene holds it, then calls {@link #revealHandled()}. */
    public ReadOnlyObjectProperty<String> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Why the last load or build failed, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** How far a running force layout is, 0 to 1. */
    public ReadOnlyDoubleProperty layoutProgressProperty() {
        return builds.progressProperty();
    }

    public ReadOnlyBooleanProperty layoutRunningProperty() {
        return builds.layingOutProperty();
    }

    /** How many dependencies around the focused incident stay in view, 1 to 3. */
    public IntegerProperty focusDepthProperty() {
        return focusDepth;
    }

    /** Whether an incident is focused, so that the rest fades. */
    public boolean focused() {
        return focusSeeds.isPresent();
    }

    /** The shown scenario's organisations, for the organisation filter. */
    public ObservableList<Organisation> organisations() {
        return FXCollections.unmodifiableObservableList(organisations);
    }

    /** An organisation's name in the current language. */
    public String organisationName(Organisation organisation) {
        return scenario == null ? organisation.name() : new SceneText(text, scenario).organisationName(organisation);
    }

    /** The time slider. */
    public CascadeClock clock() {
        return clock;
    }

    /** Layout, level of detail, filters and manual moves. */
    public GraphOptions options() {
        return options;
    }

    // --- commands ----------------------------------------------------------------------------------

    /** Selects a node (null: nothing) and tells the other views which assets it stands for. */
    public void select(String nodeId) {
        selectedNode.set(nodeId);
        Set<String> assets = nodeId == null
                ? Set.of()
                : shown.node(nodeId).map(n -> Set.copyOf(n.assetIds())).orElse(Set.of());
        tellSelection(assets);
        builds.request();
    }

    public void clearSelection() {
        select(null);
    }

    /** Assets whose name or id matches what the analyst typed, best first. */
    public List<AssetSearch.Hit> suggestions(String query) {
        return search.matches(query, SUGGESTIONS);
    }

    /** The asset a typed or chosen text names, if it names exactly one. */
    public Optional<AssetSearch.Hit> find(String typed) {
        return search.exactly(typed);
    }

    /** Shows the asset as a node of its own (opening and unfiltering what hides it), selects it and asks to centre on it. */
    public void reveal(String assetId) {
        Optional<Asset> asset = scenario == null ? Optional.empty() : scenario.asset(assetId);
        if (asset.isEmpty()) {
            return;
        }
        options.reveal(asset.get());
        revealed.set(assetId);
        selectedNode.set(assetId);
        tellSelection(Set.of(assetId));
        builds.request();
    }

    public void revealHandled() {
        revealed.set(null);
    }

    /** Stops a running force layout and goes back to the layered one. */
    public void cancelLayout() {
        if (builds.cancel() && options.layoutProperty().get() == LayoutKind.FORCE) {
            options.layoutProperty().set(LayoutKind.LAYERED); // builds anew
        }
    }

    /** Writes what the page shows now (PNG, SVG) to a file, off the UI thread. */
    public void export(Path file, SceneExport writer) {
        GraphScene shownScene = scene.get();
        background.submit(
                new Background.Description(
                        "graph.status.exporting", file.getFileName().toString()),
                () -> {
                    writer.write(shownScene, file);
                    return file;
                },
                written -> {
                    failure.set(null);
                    exported.set(written);
                },
                error -> failure.set(text.get("graph.export.failed", describe(error))));
    }

    /** The file last exported, or null. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    // --- loading -----------------------------------------------------------------------------------

    private String scenarioId() {
        return scenario == null ? null : scenario.id();
    }

    private void load(String scenarioId) {
        if (scenarioId == null) {
            show(Optional.empty());
            return;
        }
        background.submit(
                new Background.Description("graph.status.loading"),
                () -> scenarios.find(scenarioId),
                found -> {
                    if (scenarioId.equals(selection.scenarioIdProperty().get())) {
                        failure.set(found.isPresent() ? null : text.get("graph.failure.noScenario", scenarioId));
                        show(found);
                    }
                },
                error -> failure.set(describe(error)));
    }

    private void show(Optional<Scenario> next) {
        builds.cancel();
        scenario = next.orElse(null);
        options.reset(next);
        forceLayout = Optional.empty();
        selectedNode.set(null);
        details.set(null);
        shown = new VisibleGraph(List.of(), List.of());
        organisations.setAll(next.map(Scenario::organisations).orElse(List.of()));
        search = new AssetSearch(List.of());
        rebuildSearch();
        situation = next.flatMap(s -> cascade.situation(s.id()));
        clock.follow(situation.map(CascadeSituation::result));
        scene.set(GraphScene.empty());
        loadFocus(selection.incidentIdProperty().get());
        builds.request();
    }

    private void situationChanged(CascadeSituation now) {
        if (scenario != null) {
            situation = Optional.ofNullable(now);
            clock.follow(situation.map(CascadeSituation::result));
            builds.request();
        }
    }

    private void loadFocus(String incidentId) {
        if (incidentId == null || scenario == null) {
            focusSeeds = Optional.empty();
            builds.request();
            return;
        }
        String scenarioId = scenario.id();
        background.submit(
                new Background.Description("graph.status.loading"),
                () -> incidents
                        .find(incidentId)
                        .map(i -> FocusNeighbourhood.localIds(
                                scenarioId, i.summary().assetIds())),
                seeds -> {
                    if (incidentId.equals(selection.incidentIdProperty().get()) && scenarioId.equals(scenarioId())) {
                        // An incident of another scenario has no assets here: nothing to focus on.
                        focusSeeds = seeds.filter(s -> !s.isEmpty());
                        builds.request();
                    }
                },
                error -> failure.set(describe(error)));
    }

    private void assetsSelected(Set<String> assets) {
        if (writingSelection) {
            return;
        }
        // Selected elsewhere (the timeline, the board): one asset shown on its own becomes the selected node.
        String single = assets.size() == 1 ? assets.iterator().next() : null;
        selectedNode.set(single != null && shown.node(single).isPresent() ? single : null);
        builds.request();
    }

    private void tellSelection(Set<String> assets) {
        writingSelection = true;
        try {
            selection.selectAssets(assets);
        } finally {
            writingSelection = false;
        }
    }

    private void rebuildSearch() {
        if (scenario == null) {
            return;
        }
        SceneText names = new SceneText(text, scenario);
        search = new AssetSearch(scenario.assets().stream()
                .map(a -> new AssetSearch.Hit(a.id(), names.assetName(a)))
                .toList());
    }

    // --- building ----------------------------------------------------------------------------------

    private Optional<SceneRequest> request() {
        if (scenario == null) {
            return Optional.empty();
        }
        return Optional.of(new SceneRequest(
                scenario,
                situation,
                clock.minute(),
                options.collapsing(),
                options.filter(),
                options.layoutProperty().get(),
                options.movedPositions(),
                Optional.ofNullable(selectedNode.get()),
                selection.assetIdsProperty().get(),
                focusSeeds,
                focusDepth.get(),
                new SceneText(text, scenario),
                forceLayout));
    }

    private void publish(SceneRequest request, ScenePipeline.Built built) {
        if (request.scenario() != scenario) {
            return;
        }
        shown = built.graph();
        built.force().ifPresent(laid -> forceLayout = Optional.of(laid));
        scene.set(built.scene());
        if (Objects.equals(request.selectedNodeId().orElse(null), selectedNode.get())) {
            details.set(built.details().orElse(null));
            if (built.details().isEmpty()) {
                selectedNode.set(null); // folded away or filtered out
            }
        }
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
