package org.vigil.core.scenario;

import java.util.List;
import java.util.Optional;
import org.vigil.core.model.Scenario;

/** The outcome of reading a scenario file: the scenario if it has no errors, and every problem. */
public record ScenarioReadResult(Optional<Scenario> scenario, List<Problem> problems) {

    public ScenarioReadResult {
        problems = List.copyOf(problems);
        if (scenario.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a scenario with errors must not be returned");
        }
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
