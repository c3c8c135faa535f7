package org.vigil.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.Problem;
import org.vigil.core.scenario.ScenarioReadResult;
import org.vigil.core.scenario.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil scenario validate FILE...}: every problem of every file; exit 1 if any has an error. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ScenarioValidateCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.scenario.validate.files")
    private List<Path> files;

    ScenarioValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = CliContext.out(spec);
        long errors = 0;
        long warnings = 0;
        long notes = 0;
        for (Path file : files) {
            ScenarioReadResult result = context.reader().read(file);
            for (Problem problem : result.problems()) {
                out.println(context.problems().problem(problem));
            }
            result.scenario().ifPresent(s -> out.println(valid(file, s)));
            errors += result.count(Severity.ERROR);
            warnings += result.count(Severity.WARNING);
            notes += result.count(Severity.INFO);
        }
        out.println(context.messages().text("cli.validate.summary", files.size(), errors, warnings, notes));
        out.flush();
        return errors > 0 ? 1 : 0;
    }

    private String valid(Path file, Scenario s) {
        return context.messages()
                .text(
                        "cli.validate.valid",
                        file.toString(),
                        s.organisations().size(),
                        s.assets().size(),
                        s.dependencies().size(),
                        s.timeline().size());
    }
}
