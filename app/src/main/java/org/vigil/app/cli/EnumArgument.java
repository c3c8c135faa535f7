package org.vigil.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of an enumeration on the command line, matched without regard to case and with blanks
 * and hyphens taken for underscores ({@code data-store} is {@code DATA_STORE}), as topology files
 * are read.
 */
final class EnumArgument {

    private EnumArgument() {}

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(wanted))
                .findFirst();
    }

    /** The values as a user types them: lower case, comma-separated. */
    static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .toList());
    }
}
