package org.vigil.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ecosystem of organisations, their assets and dependencies, the monitors that watch them and a
 * scripted timeline of events that tells an attack story.
 */
public record Scenario(
        String id,
        String name,
        String description,
        List<Organisation> organisations,
        List<Monitor> monitors,
        List<Asset> assets,
        List<Dependency> dependencies,
        List<TimelineEvent> timeline,
        ScenarioTexts texts) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        organisations = List.copyOf(organisations);
        monitors = List.copyOf(monitors);
        assets = List.copyOf(assets);
        dependencies = List.copyOf(dependencies);
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(texts, "texts");
    }

    public Optional<Asset> asset(String assetId) {
        return assets.stream().filter(a -> a.id().equals(assetId)).findFirst();
    }

    public Optional<Organisation> organisation(String organisationId) {
        return organisations.stream().filter(o -> o.id().equals(organisationId)).findFirst();
    }

    public Map<String, Asset> assetsById() {
        return Collections.unmodifiableMap(assets.stream()
                .collect(Collectors.toMap(Asset::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    /** Dependencies whose failure reaches the given asset. */
    public List<Dependency> dependenciesInto(String assetId) {
        return dependencies.stream().filter(d -> d.toId().equals(assetId)).toList();
    }

    /** Dependencies through which the given asset's failure reaches others. */
    public List<Dependency> dependenciesOutOf(String assetId) {
        return dependencies.stream().filter(d -> d.fromId().equals(assetId)).toList();
    }

    public Map<Layer, Integer> assetCountsByLayer() {
        Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            counts.put(layer, 0);
        }
        assets.forEach(a -> counts.merge(a.layer(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    public ScenarioSummary summary() {
        return new ScenarioSummary(id, name, description, organisations, assetCountsByLayer(), timeline.size(), texts);
    }
}
