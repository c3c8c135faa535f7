package org.vigil.visual.graph;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.model.Scenario;

/**
 * Everything a scene build needs, copied on the UI thread so that the build can run anywhere:
 * the scenario and its cascade, the page's settings, the selection and a force layout made earlier
 * (reused while the visible graph stays the same).
 */
public record SceneRequest(
        Scenario scenario,
        Optional<CascadeSituation> situation,
        double minute,
        Collapsing collapsing,
        GraphFilter filter,
        LayoutKind layout,
        Map<String, Point> moved,
        Optional<String> selectedNodeId,
        Set<String> selectedAssets,
        Optional<Set<String>> focusSeeds,
        int focusDepth,
        SceneText text,
        Optional<ScenePipeline.Laid> earlierForce) {

    public SceneRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(collapsing, "collapsing");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(layout, "layout");
        moved = Map.copyOf(moved);
        Objects.requireNonNull(selectedNodeId, "selectedNodeId");
        selectedAssets = Set.copyOf(selectedAssets);
        focusSeeds = focusSeeds.map(Set::copyOf);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(earlierForce, "earlierForce");
    }
}
