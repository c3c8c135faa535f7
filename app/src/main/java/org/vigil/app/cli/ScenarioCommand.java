package org.vigil.app.cli;

import org.vigil.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vigil scenario}: groups the scenario commands; on its own it shows their usage. */
@Command(name = "scenario", mixinStandardHelpOptions = true)
final class ScenarioCommand implements Runnable {

    private final Messages messages;

    @Spec
    private CommandSpec spec;

    ScenarioCommand(Messages messages) {
        this.messages = messages;
    }

    /** Without a subcommand there is nothing to do: a usage error (exit 2) that names the choices. */
    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet());
        throw new ParameterException(spec.commandLine(), messages.text("cli.missingCommand", commands));
    }
}
