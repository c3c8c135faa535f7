package org.vigil.app.cli;

import java.util.Objects;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.Diagnosis;

/**
 * What {@code vigil diagnose} reports, for the table and the JSON alike.
 *
 * @param graph the scenario's graph, for each candidate's layer and organisation
 * @param relativeToNow true when no observation has a time and no {@code --now} was given: the
 *     engine then counts every time from now (0), so failure times are negative
 */
record DiagnosisFindings(String scenarioId, CascadeGraph graph, Diagnosis diagnosis, boolean relativeToNow) {

    DiagnosisFindings {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }
}
