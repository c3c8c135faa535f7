package org.vigil.visual.cascade;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time the analyst types: minutes ("90") or a duration of days, hours and minutes ("1d",
 * "2h", "1h30m", "2 h 30 min"), as the command line does. Empty for anything else.
 */
public final class DurationInput {

    private static final Pattern MINUTES = Pattern.compile("\\d{1,6}");
    private static final Pattern DURATION =
            Pattern.compile("(?:(\\d{1,4})\\s*d)?\\s*(?:(\\d{1,5})\\s*h)?\\s*(?:(\\d{1,6})\\s*m(?:in)?)?");

    private DurationInput() {}

    public static OptionalDouble minutes(String typed) {
        if (typed == null) {
            return OptionalDouble.empty();
        }
        String s = typed.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (MINUTES.matcher(s).matches()) {
            return OptionalDouble.of(Long.parseLong(s));
        }
        Matcher m = DURATION.matcher(s);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return OptionalDouble.empty();
        }
        long total = part(m.group(1)) * 1440 + part(m.group(2)) * 60 + part(m.group(3));
        return OptionalDouble.of(total);
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
