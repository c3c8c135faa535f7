package org.vigil.visual.cascade;

import java.util.Objects;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.model.Scenario;

/** A scenario with its cascade graph, built once per scenario shown. */
public record LoadedScenario(Scenario scenario, CascadeGraph graph) {

    public LoadedScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(graph, "graph");
    }

    public static LoadedScenario of(Scenario scenario) {
        return new LoadedScenario(scenario, CascadeGraph.of(scenario));
    }

    public String id() {
        return scenario.id();
    }
}
