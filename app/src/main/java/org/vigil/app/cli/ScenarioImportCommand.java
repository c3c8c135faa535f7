package org.vigil.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.Problem;
import org.vigil.core.scenario.ScenarioReadResult;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil scenario import FILE}: adds a valid scenario; an invalid one changes nothing. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ScenarioImportCommand implements Callable<Integer> {

    private final CliContext context;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.scenario.import.file")
    private Path file;

    @Option(names = "--replace", descriptionKey = "cli.scenario.import.replace")
    private boolean replace;

    ScenarioImportCommand(CliContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = CliContext.out(spec);
        PrintWriter err = CliContext.err(spec);
        ScenarioReadResult result = context.reader().read(file);
        for (Problem problem : result.problems()) {
            (problem.isError() ? err : out).println(context.problems().problem(problem));
        }
        if (result.scenario().isEmpty()) {
            err.println(context.messages().text("cli.import.invalid"));
            return 1;
        }
        Scenario scenario = result.scenario().get();
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            if (!replace && workspace.scenarios().exists(scenario.id())) {
                err.println(context.messages().text("cli.import.exists", scenario.id()));
                return 1;
            }
            workspace.scenarios().save(scenario, clock.instant());
            out.println(context.messages()
                    .text("cli.import.done", scenario.id(), scenario.assets().size(), context.workspaceName()));
            return 0;
        }
    }
}
