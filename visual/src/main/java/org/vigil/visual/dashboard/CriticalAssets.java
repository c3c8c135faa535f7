package org.vigil.visual.dashboard;

import java.util.List;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.model.Scenario;

/** A scenario's assets whose failure alone costs most, by the analysis' first horizon. Seconds for large scenarios. */
final class CriticalAssets {

    private final CriticalityAnalysis analysis;

    CriticalAssets(CriticalityAnalysis analysis) {
        this.analysis = analysis;
    }

    List<CriticalAsset> top(Scenario scenario, int limit) {
        CascadeGraph graph = CascadeGraph.of(scenario);
        return analysis.expectedImpacts(graph, 0).stream()
                .limit(limit)
                .map(a -> new CriticalAsset(
                        scenario.id(),
                        a.assetId(),
                        graph.layer(graph.indexOf(a.assetId())),
                        a.expectedImpact(),
                        a.assetsHit()))
                .toList();
    }
}
