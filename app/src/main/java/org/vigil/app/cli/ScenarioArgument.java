package org.vigil.app.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --scenario NAME}: a scenario of the chosen workspace. An ID the workspace does not hold is
 * a usage error that lists the IDs it does hold, as {@code vigil cascade} says it.
 */
final class ScenarioArgument {

    private ScenarioArgument() {}

    /** The scenario; empty if the workspace could not be opened (the reason is printed already). */
    static Optional<Scenario> load(CliContext context, CommandSpec spec, String scenarioId) {
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return Optional.empty();
            }
            Optional<Scenario> found = workspace.scenarios().find(scenarioId);
            if (found.isEmpty()) {
                String ids = workspace.scenarios().summaries().stream()
                        .map(ScenarioSummary::id)
                        .collect(Collectors.joining(", "));
                throw new ParameterException(
                        spec.commandLine(), context.messages().text("cli.cascade.unknownScenario", scenarioId, ids));
            }
            return found;
        }
    }
}
