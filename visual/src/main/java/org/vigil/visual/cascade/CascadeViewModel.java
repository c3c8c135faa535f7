package org.vigil.visual.cascade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.cascade.RootCauseCandidate;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.StartState;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The cascade panel: for the start set shown — by default the live one from the scenario's open
 * incidents, or the selected assets in states the analyst picks — impact over time per business
 * service, continuity breaches, the riskiest chains, root-cause candidates and (through {@link
 * #whatIf()}) a what-if of two runs. Reads the scenario and selected assets from the shared
 * selection and selects a chain's assets in it. Computes through {@link Background}; properties
 * change on the UI thread only.
 */
public final class CascadeViewModel {

    /** What the panel can show now. */
    public enum Status {
        NO_SCENARIO,
        NO_START,
        COMPUTING,
        READY,
        FAILED
    }

    /** Which riskiest chains are listed. */
    public enum ChainScope {
        START_SET,
        SCENARIO
    }

    private final SituationSelection selection;
    private final Function<String, Optional<Scenario>> scenarios;
    private final Function<String, Optional<CascadeSituation>> live;
    private final ModelText modelText;
    private final Background background;
    private final Executor uiThread;
    private final CascadeAnalysis analysis = new CascadeAnalysis();

    private final ReadOnlyObjectWrapper<StartSource> source = new ReadOnlyObjectWrapper<>(StartSource.LIVE);
    private final ReadOnlyObjectWrapper<StartSet> startSet = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StartRow> starts = FXCollections.observableArrayList();
    private final ObjectProperty<ChartSpan> span = new SimpleObjectProperty<>(ChartSpan.ONE_DAY);
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NO_SCENARIO);
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PanelAnalysis> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LoadedScenario> loaded = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ChainScope> chainScope = new SimpleObjectProperty<>(ChainScope.START_SET);
    private final ObservableList<ChainRow> chains = FXCollections.observableArrayList();
    private final ObservableList<RootCauseCandidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedService = new SimpleObjectProperty<>();
    private final Map<String, StartState> chosenStates = new HashMap<>();
    private final WhatIfViewModel whatIf;
    private Background.Job running;
    private int generation;

    /**
     * @param scenarios finds a scenario by id (asked off the UI thread)
     * @param live the live cascade's situation of a scenario, e.g. {@code LiveCascade::situation}
     * @param uiThread runs on the UI thread, e.g. {@code Platform::runLater}
     */
    public CascadeViewModel(
            SituationSelection selection,
            Function<String, Optional<Scenario>> scenarios,
            Function<String, Optional<CascadeSituation>> live,
            UiText text,
            Background background,
            Executor uiThread) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.live = Objects.requireNonNull(live, "live");
        this.modelText = new ModelText(Objects.requireNonNull(text, "text"));
        this.background = Objects.requireNonNull(background, "background");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.whatIf =
                new WhatIfViewModel(loaded.getReadOnlyProperty(), startSet.getReadOnlyProperty(), span, background);
        selection.scenarioIdProperty().addListener((obs, old, now) -> {
            loaded.set(null);
            chosenStates.clear();
            whatIf.clear();
            refresh();
        });
        selection.assetIdsProperty().addListener((obs, old, now) -> {
            if (source.get() == StartSource.SELECTED_ASSETS) {
                refresh();
            }
        });
        span.addListener((obs, old, now) -> refresh());
        chainScope.addListener((obs, old, now) -> showChains());
    }

    // --- start set ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<StartSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The start set shown, or null before there is one. */
    public ReadOnlyObjectProperty<StartSet> startSetProperty() {
        return startSet.getReadOnlyProperty();
    }

    /** The start assets shown, with their states and start minutes. */
    public ObservableList<StartRow> starts() {
        return FXCollections.unmodifiableObservableList(starts);
    }

    /** Shows the live start set: the scenario's open incidents. */
    public void useLive() {
        source.set(StartSource.LIVE);
        refresh();
    }

    /** Starts from the assets selected in the situation views, each failed unless chosen otherwise. */
    public void useSelectedAssets() {
        source.set(StartSource.SELECTED_ASSETS);
        refresh();
    }

    /** The state a selected asset starts in; only in the selected-assets start set. */
    public void chooseState(String assetId, StartState state) {
        chosenStates.put(Objects.requireNonNull(assetId, "assetId"), Objects.requireNonNull(state, "state"));
        if (source.get() == StartSource.SELECTED_ASSETS) {
            refresh();
        }
    }

    /** The live cascade published new situations: safe from any thread. */
    public void liveChanged() {
        uiThread.execute(() -> {
            if (source.get() == StartSource.LIVE) {
                refresh();
            }
        });
    }

    public ObjectProperty<ChartSpan> spanProperty() {
        return span;
    }

    // --- results --------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last computation failed, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The analysis of the start set shown, or null. */
    public ReadOnlyObjectProperty<PanelAnalysis> analysisProperty() {
        return result.getReadOnlyProperty();
    }

    /** The scenario shown with its graph, once loaded; null before. */
    public ReadOnlyObjectProperty<LoadedScenario> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObjectProperty<ChainScope> chainScopeProperty() {
        return chainScope;
    }

    /** Root-cause candidates for the start assets taken as observed, likeliest first. */
    public ObservableList<RootCauseCandidate> candidates() {
        return FXCollections.unmodifiableObservableList(candidates);
    }

    /** The riskiest chains of the chosen scope, riskiest first. */
    public ObservableList<ChainRow> chains() {
        return FXCollections.unmodifiableObservableList(chains);
    }

    /** The business service whose RTO and MTPD the impact chart marks; null for none. */
    public ObjectProperty<String> selectedServiceProperty() {
        return selectedService;
    }

    /** Selects the chain's assets in the situation views. */
    public void selectChain(ChainRow chain) {
        if (chain != null) {
            selection.selectAssets(Set.copyOf(chain.assetIds()));
        }
    }

    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    /** An asset's name in the current language; its id when the scenario does not know it. */
    public String assetName(String assetId) {
        LoadedScenario shown = loaded.get();
        if (shown == null) {
            return assetId;
        }
        Optional<Asset> asset = shown.scenario().asset(assetId);
        return asset.map(a -> modelText.assetName(shown.scenario().texts(), a)).orElse(assetId);
    }

    // --- computing ------------------------------------------------------------------------------

    /** Computes the panel again for the current scenario, start set and span. */
    public void refresh() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        String scenarioId = selection.scenarioIdProperty().get();
        if (scenarioId == null) {
            show(Status.NO_SCENARIO, null, null);
            return;
        }
        StartSet wanted = wantedStarts(scenarioId);
        if (wanted.isEmpty()) {
            show(Status.NO_START, wanted, null);
            return;
        }
        status.set(Status.COMPUTING);
        int job = generation;
        LoadedScenario cached = loaded.get();
        ChartSpan chosenSpan = span.get();
        running = background.submit(
                new Background.Description("cascade.status.computing"),
                () -> {
                    LoadedScenario scenario = cached != null && cached.id().equals(scenarioId)
                            ? cached
                            : LoadedScenario.of(scenarios
                                    .apply(scenarioId)
                                    .orElseThrow(() -> new IllegalStateException("no scenario " + scenarioId)));
                    StartSet known = known(wanted, scenario);
                    return new Computed(
                            scenario, known, known.isEmpty() ? null : analysis.analyse(scenario, known, chosenSpan));
                },
                computed -> {
                    if (job != generation) {
                        return;
                    }
                    running = null;
                    loaded.set(computed.scenario());
                    show(
                            computed.analysis() == null ? Status.NO_START : Status.READY,
                            computed.starts(),
                            computed.analysis());
                },
                error -> {
                    if (job != generation) {
                        return;
                    }
                    running = null;
                    failure.set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
                    show(Status.FAILED, wanted, null);
                });
    }

    private record Computed(LoadedScenario scenario, StartSet starts, PanelAnalysis analysis) {}

    private StartSet wantedStarts(String scenarioId) {
        if (source.get() == StartSource.LIVE) {
            return live.apply(scenarioId)
                    .map(s -> new StartSet(
                            StartSource.LIVE,
                            s.starts().conditions(),
                            Optional.of(s.starts().reference()),
                            s.starts().incidentIds().size()))
                    .orElse(new StartSet(StartSource.LIVE, List.of(), Optional.empty(), 0));
        }
        String prefix = scenarioId + "/";
        List<StartCondition> conditions = new ArrayList<>();
        selection.assetIdsProperty().get().stream()
                // The views may name assets with or without their scenario.
                .map(id -> id.startsWith(prefix) ? id.substring(prefix.length()) : id)
                .sorted()
                .forEach(id ->
                        conditions.add(new StartCondition(id, chosenStates.getOrDefault(id, StartState.FAILED), 0)));
        return StartSet.ofSelection(conditions);
    }

    /** Leaves out assets the scenario does not hold (an incident may name one edited away). */
    private static StartSet known(StartSet starts, LoadedScenario scenario) {
        List<StartCondition> known = starts.conditions().stream()
                .filter(c -> scenario.graph().indexOf(c.assetId()) >= 0)
                .toList();
        return new StartSet(starts.source(), known, starts.reference(), starts.incidentCount());
    }

    private void show(Status next, StartSet shown, PanelAnalysis analysed) {
        if (next != Status.FAILED) {
            failure.set(null);
        }
        startSet.set(shown);
        starts.setAll(
                shown == null
                        ? List.of()
                        : shown.conditions().stream()
                                .map(c -> new StartRow(c.assetId(), c.state(), c.startMinute()))
                                .toList());
        result.set(analysed);
        candidates.setAll(analysed == null ? List.of() : analysed.diagnosis().candidates());
        if (analysed == null
                || analysed.outcome().series().stream()
                        .noneMatch(s -> s.assetId().equals(selectedService.get()))) {
            selectedService.set(null);
        }
        showChains();
        status.set(next);
    }

    private void showChains() {
        PanelAnalysis shown = result.get();
        if (shown == null) {
            chains.clear();
        } else {
            chains.setAll(
                    chainScope.get() == ChainScope.START_SET ? shown.outcome().chains() : shown.scenarioChains());
        }
    }
}
