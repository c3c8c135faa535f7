package org.vigil.core.topology;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of importing a topology file: either the imported topology or the problems that
 * stopped it, never a part of a file.
 */
public record TopologyImportResult(Optional<ImportedTopology> imported, List<TopologyProblem> problems) {

    public TopologyImportResult {
        problems = List.copyOf(problems);
        if (imported.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("need either a topology or problems");
        }
    }

    static TopologyImportResult of(ImportedTopology topology) {
        return new TopologyImportResult(Optional.of(topology), List.of());
    }

    static TopologyImportResult failed(List<TopologyProblem> problems) {
        return new TopologyImportResult(Optional.empty(), problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
