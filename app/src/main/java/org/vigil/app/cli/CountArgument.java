package org.vigil.app.cli;

import org.vigil.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A count on the command line ({@code --top}, {@code --chains}…) that must be at least 1. */
final class CountArgument {

    private CountArgument() {}

    /** Throws a usage error naming the option unless {@code value} is at least 1. */
    static void requirePositive(String option, int value, CommandLine commandLine, Messages messages) {
        if (value < 1) {
            throw new ParameterException(commandLine, messages.text("cli.atLeastOne", option, value));
        }
    }
}
