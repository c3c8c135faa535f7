package org.vigil.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a scenario picker shows without loading the whole scenario. */
public record ScenarioSummary(
        String id,
        String name,
        String description,
        List<Organisation> organisations,
        Map<Layer, Integer> assetCountsByLayer,
        int timelineEventCount,
        ScenarioTexts texts) {

    public ScenarioSummary {
        organisations = List.copyOf(organisations);
        Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            counts.put(layer, assetCountsByLayer.getOrDefault(layer, 0));
        }
        assetCountsByLayer = Map.copyOf(counts);
    }

    public int assetCount() {
        return assetCountsByLayer.values().stream().mapToInt(Integer::intValue).sum();
    }
}
