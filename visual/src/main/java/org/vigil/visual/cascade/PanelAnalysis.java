package org.vigil.visual.cascade;

import java.util.List;
import java.util.Objects;
import org.vigil.core.cascade.Diagnosis;

/**
 * Everything the panel shows for one start set: the cascade, the scenario's riskiest chains
 * whatever the start, and the root-cause candidates for the start assets taken as observations.
 */
public record PanelAnalysis(CascadeOutcome outcome, List<ChainRow> scenarioChains, Diagnosis diagnosis) {

    public PanelAnalysis {
        Objects.requireNonNull(outcome, "outcome");
        scenarioChains = List.copyOf(scenarioChains);
        Objects.requireNonNull(diagnosis, "diagnosis");
    }
}
