package org.vigil.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil scenario}: groups the scenario commands; on its own it shows their usage. */
@Command(name = "scenario", mixinStandardHelpOptions = true)
final class ScenarioCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
