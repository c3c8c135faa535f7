package org.vigil.core.topology;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads attribute values as the file sources give them (text, numbers, booleans) into the types
 * Vigil needs, reporting every value that does not fit. Empty means absent or wrong; a wrong value
 * has been reported, so the import fails and the default used in its place never shows.
 */
final class AttributeReader {

    /** Plain decimal numbers only: Java would also take {@code 0x1p3}, {@code 1d} or {@code NaN}. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final ProblemList problems;

    AttributeReader(ProblemList problems) {
        this.problems = problems;
    }

    /** Text, trimmed; blank counts as absent (GraphML sources give blank for data a node lacks). */
    Optional<String> text(int line, String where, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
            problems.add(line, where, TopologyProblemCode.NOT_TEXT, describe(value));
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<Double> number(int line, String where, Object value, double min, double max) {
        return text(line, where, value).flatMap(text -> {
            Optional<Double> number = parse(text);
            if (number.isEmpty()) {
                problems.add(line, where, TopologyProblemCode.NOT_A_NUMBER, text);
            } else if (!(number.get() >= min && number.get() <= max)) {
                problems.add(line, where, TopologyProblemCode.OUT_OF_RANGE, text, plain(min), plain(max));
                return Optional.empty();
            }
            return number;
        });
    }

    Optional<Integer> integer(int line, String where, Object value, int min, int max) {
        return text(line, where, value).flatMap(text -> {
            Optional<Double> number = parse(text);
            if (number.isEmpty() || number.get() != Math.rint(number.get())) {
                problems.add(line, where, TopologyProblemCode.NOT_AN_INTEGER, text);
                return Optional.empty();
            }
            if (number.get() < min || number.get() > max) {
                problems.add(line, where, TopologyProblemCode.OUT_OF_RANGE, text, min, max);
                return Optional.empty();
            }
            return Optional.of(number.get().intValue());
        });
    }

    /** A constant's name, ignoring case and taking blanks and hyphens for underscores: {@code data store}. */
    <E extends Enum<E>> Optional<E> constant(int line, String where, Object value, Class<E> type) {
        return text(line, where, value).flatMap(text -> {
            String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return Optional.of(constant);
                }
            }
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            problems.add(line, where, TopologyProblemCode.UNKNOWN_VALUE, text, allowed);
            return Optional.empty();
        });
    }

    /** A finite decimal number, or empty. */
    static Optional<Double> parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(text);
        return Double.isFinite(number) ? Optional.of(number) : Optional.empty();
    }

    static String plain(double value) {
        if (value == Double.MAX_VALUE) {
            return "\u221e";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String describe(Object value) {
        return value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
    }
}
