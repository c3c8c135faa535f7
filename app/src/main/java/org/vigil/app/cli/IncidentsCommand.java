package org.vigil.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vigil incidents}: groups the incident commands; on its own it is a usage error naming them. */
@Command(name = "incidents", mixinStandardHelpOptions = true)
final class IncidentsCommand implements Runnable {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    IncidentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet());
        throw new ParameterException(spec.commandLine(), context.messages().text("cli.missingCommand", commands));
    }
}
