package org.vigil.visual.graph;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Scenario;

/**
 * The assets within {@code n} dependencies of a focused incident's assets, in either direction: what
 * the incident's assets depend on is as telling as what depends on them.
 */
public final class FocusNeighbourhood {

    public static final int MIN_HOPS = 1;
    public static final int MAX_HOPS = 3;

    private final Map<String, Set<String>> neighbours = new HashMap<>();

    public FocusNeighbourhood(Scenario scenario) {
        for (Dependency dependency : scenario.dependencies()) {
            neighbours
                    .computeIfAbsent(dependency.fromId(), k -> new HashSet<>())
                    .add(dependency.toId());
            neighbours.computeIfAbsent(dependency.toId(), k -> new HashSet<>()).add(dependency.fromId());
        }
    }

    /** The seeds and every asset at most {@code hops} dependencies away from one. */
    public Set<String> around(Set<String> seeds, int hops) {
        Map<String, Integer> distance = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String seed : seeds) {
            distance.put(seed, 0);
            queue.add(seed);
        }
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int next = distance.get(current) + 1;
            if (next > hops) {
                continue;
            }
            for (String neighbour : neighbours.getOrDefault(current, Set.of())) {
                if (distance.putIfAbsent(neighbour, next) == null) {
                    queue.add(neighbour);
                }
            }
        }
        return Set.copyOf(distance.keySet());
    }

    /** The scenario-local ids among an incident's assets, which are stored as {@code scenario/asset}. */
    public static Set<String> localIds(String scenarioId, List<String> incidentAssetIds) {
        String prefix = scenarioId + "/";
        Set<String> local = new HashSet<>();
        for (String id : incidentAssetIds) {
            if (id.startsWith(prefix)) {
                local.add(id.substring(prefix.length()));
            }
        }
        return Set.copyOf(local);
    }
}
