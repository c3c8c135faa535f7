package org.vigil.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.vigil.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code --horizons LIST}: the times at which a cascade reports impacts, separated by commas, each
 * a {@link MinutesArgument} later than the one before ({@code 15m,1h,4h,1d,3d}).
 */
final class HorizonsArgument {

    private HorizonsArgument() {}

    static List<Double> parse(String argument, CommandLine commandLine, Messages messages) {
        List<Double> horizons = new ArrayList<>();
        for (String part : argument.split(",", -1)) {
            OptionalDouble minutes = MinutesArgument.parse(part);
            if (minutes.isEmpty()) {
                throw new ParameterException(
                        commandLine, messages.text("cli.cascade.badHorizon", argument, part.strip()));
            }
            if (!horizons.isEmpty() && minutes.getAsDouble() <= horizons.get(horizons.size() - 1)) {
                throw new ParameterException(commandLine, messages.text("cli.cascade.horizonsOrder", argument));
            }
            horizons.add(minutes.getAsDouble());
        }
        return horizons;
    }
}
