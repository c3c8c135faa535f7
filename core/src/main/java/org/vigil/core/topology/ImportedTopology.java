package org.vigil.core.topology;

import java.util.Objects;
import org.vigil.core.model.Scenario;

/** A topology imported without problems: the scenario and what the import made of the file. */
public record ImportedTopology(Scenario scenario, ImportReport report) {
    public ImportedTopology {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(report, "report");
    }
}
