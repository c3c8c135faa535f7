package org.vigil.visual.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.StartState;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.NodeCondition;

/**
 * Every asset's state at one minute of a scenario's live cascade: compromised for a start asset in
 * the attacker's hands, failed or degraded by its impact against the failure threshold once reached,
 * at risk while the cascade is still on its way, normal otherwise. Computed once per minute, off the
 * UI thread; immutable.
 */
public final class NodeConditions {

    /** Three quarters of its function lost: a degraded start (impact 0.5) does not count as failed. */
    public static final double DEFAULT_FAILURE_THRESHOLD = 0.75;

    private final Map<String, AssetState> states;
    private final Optional<CascadeResult> result;
    private final double minute;

    private NodeConditions(Map<String, AssetState> states, Optional<CascadeResult> result, double minute) {
        this.states = Map.copyOf(states);
        this.result = result;
        this.minute = minute;
    }

    /** Every asset normal: no open incident touches the scenario. */
    public static NodeConditions calm() {
        return new NodeConditions(Map.of(), Optional.empty(), 0);
    }

    public static NodeConditions at(
            Scenario scenario, Optional<CascadeSituation> situation, double minute, double failureThreshold) {
        if (situation.isEmpty()) {
            return new NodeConditions(Map.of(), Optional.empty(), minute);
        }
        CascadeResult result = situation.get().result();
        Map<String, StartCondition> compromised = new HashMap<>();
        Set<String> incident = new HashSet<>();
        for (StartCondition start : situation.get().starts().conditions()) {
            incident.add(start.assetId());
            if (start.state() == StartState.COMPROMISED) {
                compromised.merge(start.assetId(), start, (a, b) -> a.startMinute() <= b.startMinute() ? a : b);
            }
        }
        Map<String, AssetState> states = new HashMap<>();
        for (Asset asset : scenario.assets()) {
            String id = asset.id();
            // An incident may outlive an edit of its scenario; the run then knows assets the scenario lost or lacks new
            // ones.
            if (result.graph().indexOf(id) < 0 || !result.isImpacted(id)) {
                if (incident.contains(id)) {
                    states.put(id, new AssetState(NodeCondition.NORMAL, 0, OptionalDouble.empty(), true));
                }
                continue;
            }
            double onset = result.onsetMinute(id).getAsDouble();
            double impact = onset > minute ? 0 : Math.min(1, Math.max(0, result.impactAt(id, minute)));
            StartCondition start = compromised.get(id);
            NodeCondition condition;
            if (start != null && start.startMinute() <= minute) {
                condition = NodeCondition.COMPROMISED;
            } else if (onset > minute) {
                condition = NodeCondition.AT_RISK;
            } else if (impact >= failureThreshold) {
                condition = NodeCondition.FAILED;
            } else {
                condition = NodeCondition.DEGRADED;
            }
            states.put(id, new AssetState(condition, impact, OptionalDouble.of(onset), incident.contains(id)));
        }
        return new NodeConditions(states, Optional.of(result), minute);
    }

    public AssetState of(String assetId) {
        return states.getOrDefault(assetId, AssetState.UNTOUCHED);
    }

    public NodeCondition condition(String assetId) {
        return of(assetId).condition();
    }

    /** The minute these states hold at. */
    public double minute() {
        return minute;
    }

    /** The run the states come from; empty when no incident touches the scenario. */
    public Optional<CascadeResult> result() {
        return result;
    }

    /**
     * Whether impact has passed through the dependency by now: its supplier was hit early enough for
     * the delay to have run out, and its dependent has been reached.
     */
    public boolean flows(Dependency dependency) {
        OptionalDouble from = of(dependency.fromId()).onsetMinute();
        OptionalDouble to = of(dependency.toId()).onsetMinute();
        return dependency.likelihood() > 0
                && from.isPresent()
                && to.isPresent()
                && from.getAsDouble() + dependency.delayMinutes() <= minute
                && to.getAsDouble() <= minute;
    }
}
