package org.vigil.app.cli;

import java.io.PrintWriter;
import org.vigil.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A command line that cannot be parsed: say so in the user's language, name what was wrong, show
 * the usage of the command concerned, exit 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final Messages messages;

    UsageErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(messages.text("cli.usageError", error.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        command.usage(err);
        err.println(messages.text("cli.seeHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
