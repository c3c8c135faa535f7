package org.vigil.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.RuleProblem;
import org.vigil.core.correlate.SigmaRuleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil rules validate DIR}: loads Sigma rules and lists every bad rule with file and reason. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class RulesValidateCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "cli.rules.validate.dir")
    private Path folder;

    RulesValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.exists(folder)) {
            throw new ParameterException(
                    spec.commandLine(), context.messages().text("cli.ingest.missing", folder.toString()));
        }
        LoadedRules loaded = new SigmaRuleLoader().load(folder);
        PrintWriter out = CliContext.out(spec);
        for (RuleProblem problem : loaded.problems()) {
            out.println(
                    context.messages().text("cli.rules.problem", problem.file().toString(), problem.reason()));
        }
        out.println(context.messages()
                .text(
                        "cli.rules.summary",
                        loaded.rules().size(),
                        loaded.correlations().size(),
                        loaded.problems().size()));
        out.flush();
        return loaded.problems().isEmpty() ? 0 : 1;
    }
}
