package org.vigil.visual.cascade;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.cascade.Mitigation;
import org.vigil.core.model.Dependency;
import org.vigil.visual.task.Background;

/**
 * The what-if of the cascade panel: run A is the start set as is, run B the same with the
 * mitigations listed here (their minutes count from the first start). Comparing runs both off the
 * UI thread; a comparison shown follows the start set and span when they change.
 */
public final class WhatIfViewModel {

    private final ReadOnlyObjectProperty<LoadedScenario> loaded;
    private final ReadOnlyObjectProperty<StartSet> starts;
    private final ObjectProperty<ChartSpan> span;
    private final Background background;
    private final CascadeAnalysis analysis = new CascadeAnalysis();
    private final ObservableList<Mitigation> mitigations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WhatIfOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PanelMessage> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private Background.Job running;
    private int generation;

    WhatIfViewModel(
            ReadOnlyObjectProperty<LoadedScenario> loaded,
            ReadOnlyObjectProperty<StartSet> starts,
            ObjectProperty<ChartSpan> span,
            Background background) {
        this.loaded = loaded;
        this.starts = starts;
        this.span = span;
        this.background = background;
        starts.addListener((obs, old, now) -> {
            if (outcome.get() != null && !Objects.equals(old, now)) {
                compare();
            }
        });
        span.addListener((obs, old, now) -> {
            if (outcome.get() != null) {
                compare();
            }
        });
    }

    /** Run B's mitigations, in the order added. */
    public ObservableList<Mitigation> mitigations() {
        return FXCollections.unmodifiableObservableList(mitigations);
    }

    /** The last comparison, or null. */
    public ReadOnlyObjectProperty<WhatIfOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the last mitigation was refused or the comparison failed; null when all is well. */
    public ReadOnlyObjectProperty<PanelMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** The assets the given one depends on directly: the suppliers a switch may replace. */
    public List<String> suppliersOf(String assetId) {
        LoadedScenario shown = loaded.get();
        if (shown == null || assetId == null) {
            return List.of();
        }
        return shown.scenario().dependenciesInto(assetId).stream()
                .map(Dependency::fromId)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Adds a mitigation to run B if the scenario allows it; otherwise says why in {@link
     * #problemProperty()} and returns false.
     */
    public boolean add(Mitigation mitigation) {
        PanelMessage refused = refusal(Objects.requireNonNull(mitigation, "mitigation"));
        problem.set(refused);
        if (refused != null) {
            return false;
        }
        mitigations.add(mitigation);
        return true;
    }

    public void remove(Mitigation mitigation) {
        mitigations.remove(mitigation);
        problem.set(null);
    }

    /** Computes runs A and B and their comparison. */
    public void compare() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        LoadedScenario scenario = loaded.get();
        StartSet shown = starts.get();
        if (scenario == null || shown == null || shown.isEmpty()) {
            outcome.set(null);
            computing.set(false);
            problem.set(PanelMessage.of("cascade.whatif.noStart"));
            return;
        }
        List<Mitigation> planned = List.copyOf(mitigations);
        ChartSpan chosen = span.get();
        int job = generation;
        computing.set(true);
        running = background.submit(
                new Background.Description("cascade.status.comparing"),
                () -> analysis.whatIf(scenario, shown, planned, chosen),
                compared -> {
                    if (job == generation) {
                        running = null;
                        computing.set(false);
                        problem.set(null);
                        outcome.set(compared);
                    }
                },
                error -> {
                    if (job == generation) {
                        running = null;
                        computing.set(false);
                        problem.set(PanelMessage.of(
                                "cascade.whatif.failed",
                                error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
                    }
                });
    }

    /** Forgets the mitigations and the comparison: another scenario is shown. */
    void clear() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        mitigations.clear();
        outcome.set(null);
        problem.set(null);
        computing.set(false);
    }

    private PanelMessage refusal(Mitigation m) {
        LoadedScenario shown = loaded.get();
        if (shown == null) {
            return PanelMessage.of("cascade.whatif.noStart");
        }
        if (shown.scenario().asset(m.assetId()).isEmpty()) {
            return PanelMessage.of("cascade.whatif.unknownAsset", m.assetId());
        }
        if (m instanceof Mitigation.RedundantSupplier s) {
            if (!suppliersOf(s.assetId()).contains(s.supplierId())) {
                return PanelMessage.of("cascade.whatif.notASupplier", s.supplierId(), s.assetId());
            }
            if (shown.scenario().asset(s.alternativeId()).isEmpty()) {
                return PanelMessage.of("cascade.whatif.unknownAsset", s.alternativeId());
            }
            if (s.alternativeId().equals(s.supplierId()) || s.alternativeId().equals(s.assetId())) {
                return PanelMessage.of("cascade.whatif.sameAlternative");
            }
        }
        if (m instanceof Mitigation.ManualFallback
                && mitigations.stream()
                        .anyMatch(other -> other instanceof Mitigation.ManualFallback
                                && other.assetId().equals(m.assetId()))) {
            return PanelMessage.of("cascade.whatif.oneFallback");
        }
        return null;
    }
}
