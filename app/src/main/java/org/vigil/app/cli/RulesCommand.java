package org.vigil.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vigil rules}: groups the rule commands; on its own it is a usage error naming them. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Runnable {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    RulesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet());
        throw new ParameterException(spec.commandLine(), context.messages().text("cli.missingCommand", commands));
    }
}
