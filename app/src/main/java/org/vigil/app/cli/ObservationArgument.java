package org.vigil.app.cli;

import java.util.OptionalDouble;
import java.util.Set;
import org.vigil.core.cascade.Observation;
import org.vigil.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * One {@code --observed ASSET[@TIME]}: an asset of the scenario that shows an incident and, if
 * known, when it was first seen, in minutes after the reference time as {@link MinutesArgument}
 * reads them. Anything else is a usage error that names the argument and what is wrong with it.
 */
final class ObservationArgument {

    private final CommandLine commandLine;
    private final Messages messages;

    ObservationArgument(CommandLine commandLine, Messages messages) {
        this.commandLine = commandLine;
        this.messages = messages;
    }

    /** Reads the argument against the assets of the scenario named {@code scenarioId}. */
    Observation parse(String argument, String scenarioId, Set<String> assetIds) {
        String assetId = argument.strip();
        OptionalDouble minute = OptionalDouble.empty();
        int at = assetId.lastIndexOf('@');
        if (at >= 0) {
            String time = assetId.substring(at + 1);
            minute = MinutesArgument.parse(time);
            if (minute.isEmpty()) {
                throw usage("cli.diagnose.badTime", argument, time);
            }
            assetId = assetId.substring(0, at);
        }
        if (!assetIds.contains(assetId)) {
            throw usage("cli.diagnose.unknownAsset", argument, scenarioId, assetId);
        }
        return new Observation(assetId, minute);
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(commandLine, messages.text(key, args));
    }
}
