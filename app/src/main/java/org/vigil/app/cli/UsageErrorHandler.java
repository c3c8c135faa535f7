package org.vigil.app.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command line that cannot be parsed: say so in the user's language, name what was wrong, show
 * the usage of the command concerned, exit 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    private final Messages messages;

    UsageErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(messages.text("cli.usageError", reason(error)));
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        command.usage(err);
        err.println(messages.text("cli.seeHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli says what is missing or cannot be converted in English; we say it in the user's language. */
    private String reason(ParameterException error) {
        if (error instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            String names = missing.getMissing().stream()
                    .map(UsageErrorHandler::describe)
                    .collect(Collectors.joining(", "));
            return messages.text("cli.missingArgument", names);
        }
        ArgSpec arg = error.getArgSpec();
        if (error.getCause() != null && arg != null && error.getValue() != null) {
            String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            String key = WHOLE_NUMBERS.contains(arg.type()) ? "cli.notAWholeNumber" : "cli.invalidValue";
            return messages.text(key, name, error.getValue());
        }
        return error.getMessage();
    }

    private static String describe(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }
}
