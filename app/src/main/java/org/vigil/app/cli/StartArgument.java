package org.vigil.app.cli;

import java.util.OptionalDouble;
import java.util.Set;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.StartState;
import org.vigil.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * One {@code --start ASSET[:state[@time]]}: an asset of the scenario, its state (degraded, failed or
 * compromised; failed if not given) and the minute it starts (0 if not given; see
 * {@link MinutesArgument}). {@code ASSET@time} is taken too. Anything else is a usage error that
 * names the argument and what is wrong with it.
 */
final class StartArgument {

    private final CommandLine commandLine;
    private final Messages messages;

    StartArgument(CommandLine commandLine, Messages messages) {
        this.commandLine = commandLine;
        this.messages = messages;
    }

    /** Reads the argument against the assets of the scenario named {@code scenarioId}. */
    StartCondition parse(String argument, String scenarioId, Set<String> assetIds) {
        String rest = argument.strip();
        double minute = 0;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String time = rest.substring(at + 1);
            OptionalDouble parsed = MinutesArgument.parse(time);
            if (parsed.isEmpty()) {
                throw usage("cli.cascade.badTime", argument, time);
            }
            minute = parsed.getAsDouble();
            rest = rest.substring(0, at);
        }
        StartState state = StartState.FAILED;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            state = state(argument, rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        if (!assetIds.contains(rest)) {
            throw usage("cli.cascade.unknownAsset", argument, scenarioId, rest);
        }
        return new StartCondition(rest, state, minute);
    }

    private StartState state(String argument, String name) {
        return EnumArgument.parse(StartState.class, name)
                .orElseThrow(
                        () -> usage("cli.cascade.unknownState", argument, name, EnumArgument.names(StartState.class)));
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(commandLine, messages.text(key, args));
    }
}
