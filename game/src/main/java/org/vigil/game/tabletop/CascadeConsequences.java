package org.vigil.game.tabletop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.content.tabletop.AttackStep;
import org.vigil.content.tabletop.PlannedMitigation;
import org.vigil.content.tabletop.TabletopExercise;
import org.vigil.content.tabletop.TabletopOption;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeModel;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.Mitigation;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;

/**
 * Computes what decisions do, with Vigil's cascade engine on the exercise's scenario: the base run is
 * the attacker's plan with nobody acting; each decision adds its outages to the start set and its
 * mitigations, resolved against the run so far, and the engine runs again. Horizons are the chart's
 * minutes, so runs compare with {@code WhatIfComparison} and curves read straight off the horizons.
 */
public final class CascadeConsequences {

    private final CascadeGraph graph;
    private final CascadeModel model;
    private final List<StartCondition> attack;
    private final Situation base;

    public CascadeConsequences(TabletopExercise exercise, CascadeGraph graph) {
        this.graph = graph;
        double[] horizons = exercise.chartMinutes().stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
        // One small graph per decision: the game's own thread is enough.
        this.model = TimePhasedCascade.sequential(CascadeSettings.DEFAULTS.withHorizons(horizons));
        this.attack = exercise.attack().stream().map(AttackStep::startCondition).toList();
        this.base = new Situation(attack, List.of(), model.propagate(graph, attack, List.of()));
    }

    /** The attack with nobody acting. */
    public Situation base() {
        return base;
    }

    /** A decision taken in a situation: empty when time ran out and nobody decided. */
    public Step decide(Situation now, Optional<TabletopOption> option) {
        if (option.isEmpty()) {
            return new Step(now, List.of());
        }
        List<StartCondition> start = new ArrayList<>(now.start());
        option.get().outages().forEach(o -> start.add(o.startCondition()));
        List<Mitigation> mitigations = new ArrayList<>(now.mitigations());
        List<BlockedMitigation> blocked = new ArrayList<>();
        for (PlannedMitigation planned : option.get().mitigations()) {
            Optional<BlockedMitigation> refused = refusal(now.result(), planned);
            if (refused.isPresent()) {
                blocked.add(refused.get());
            } else {
                mitigations.add(mitigation(now.result(), planned));
            }
        }
        CascadeResult result = model.propagate(graph, start, mitigations);
        return new Step(new Situation(start, mitigations, result), blocked);
    }

    /** A situation after a decision, with the mitigations the story did not allow. */
    public record Step(Situation after, List<BlockedMitigation> blocked) {
        public Step {
            blocked = List.copyOf(blocked);
        }
    }

    private static Optional<BlockedMitigation> refusal(CascadeResult run, PlannedMitigation planned) {
        if (planned.requiresIntact().isEmpty()) {
            return Optional.empty();
        }
        String required = planned.requiresIntact().get();
        var reached = run.onsetMinute(required);
        if (reached.isPresent() && reached.getAsDouble() <= planned.minute()) {
            return Optional.of(new BlockedMitigation(planned, required, reached.getAsDouble()));
        }
        return Optional.empty();
    }

    /** The engine's mitigation; a manual fallback's clock minute becomes a delay after the asset's onset. */
    private static Mitigation mitigation(CascadeResult run, PlannedMitigation planned) {
        return switch (planned.kind()) {
            case ISOLATE -> new Mitigation.Isolate(planned.assetId(), planned.minute());
            case RESTORE -> new Mitigation.Restore(planned.assetId(), planned.minute());
            case MANUAL_FALLBACK -> {
                // Not hit yet: the fallback is staffed before the hit arrives.
                double onset = run.onsetMinute(planned.assetId()).orElse(planned.minute());
                yield new Mitigation.ManualFallback(
                        planned.assetId(), Math.max(0, planned.minute() - onset), planned.residual());
            }
            case REDUNDANT_SUPPLIER ->
                new Mitigation.RedundantSupplier(
                        planned.assetId(), planned.supplierId(), planned.alternativeId(), planned.minute());
        };
    }
}
