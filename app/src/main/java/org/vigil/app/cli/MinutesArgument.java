package org.vigil.app.cli;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time on the command line, in minutes after the cascade's reference time: a plain number of
 * minutes ({@code 90}, {@code 7.5}) or a duration in days, hours, minutes and seconds
 * ({@code 30m}, {@code 2h}, {@code 1d}, {@code 19h8m}, {@code 45s}). Never negative.
 */
final class MinutesArgument {

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([dhms])");

    private MinutesArgument() {}

    /** The minutes the text gives; empty if it is no time. */
    static OptionalDouble parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (PLAIN.matcher(t).matches()) {
            return finite(Double.parseDouble(t));
        }
        if (!DURATION.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double minutes = 0;
        Matcher part = PART.matcher(t);
        while (part.find()) {
            double value = Double.parseDouble(part.group(1));
            minutes += switch (part.group(2)) {
                case "d" -> value * 1440;
                case "h" -> value * 60;
                case "m" -> value;
                default -> value / 60;
            };
        }
        return finite(minutes);
    }

    private static OptionalDouble finite(double minutes) {
        return Double.isFinite(minutes) ? OptionalDouble.of(minutes) : OptionalDouble.empty();
    }
}
