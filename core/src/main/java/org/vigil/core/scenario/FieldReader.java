package org.vigil.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads typed fields of a JSON tree and records a problem, with its path and line, for every field
 * that is missing, of the wrong type or out of range, then carries on so that one pass finds all.
 */
final class FieldReader {

    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    private final String source;
    private final LineIndex lines;
    private final List<Problem> problems = new ArrayList<>();

    FieldReader(String source, LineIndex lines) {
        this.source = source;
        this.lines = lines;
    }

    List<Problem> problems() {
        return problems;
    }

    void report(String path, ProblemCode code, Object... args) {
        List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
        problems.add(new Problem(source, lines.lineOf(path), path, code, texts));
    }

    static String child(String path, String field) {
        return path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Whether an id is new to {@code seen}; a repeated one is reported. */
    boolean unique(Set<String> seen, String id, String path) {
        if (!seen.add(id)) {
            report(path, ProblemCode.DUPLICATE_ID, id);
            return false;
        }
        return true;
    }

    void rejectUnknownFields(JsonNode object, String path, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                report(child(path, name), ProblemCode.UNKNOWN_FIELD, name);
            }
        });
    }

    Optional<JsonNode> required(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            report(child(path, field), ProblemCode.MISSING_FIELD, field);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> text(JsonNode object, String path, String field, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                report(child(path, field), ProblemCode.MISSING_FIELD, field);
            }
            return Optional.empty();
        }
        if (!value.isTextual()) {
            report(child(path, field), ProblemCode.WRONG_TYPE, "string");
            return Optional.empty();
        }
        if (required && value.asText().isBlank()) {
            report(child(path, field), ProblemCode.EMPTY_TEXT);
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    Optional<String> id(JsonNode object, String path, String field) {
        return text(object, path, field, true).filter(id -> {
            if (ID.matcher(id).matches()) {
                return true;
            }
            report(child(path, field), ProblemCode.BAD_ID, id);
            return false;
        });
    }

    /** An optional reference: absent or null is fine; otherwise it must be a well-formed id. */
    Optional<String> optionalId(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return id(object, path, field);
    }

    Optional<Long> integer(JsonNode object, String path, String field, long min, long max) {
        return required(object, path, field).flatMap(value -> {
            if (!value.isIntegralNumber()) {
                report(child(path, field), ProblemCode.WRONG_TYPE, "integer");
                return Optional.empty();
            }
            if (!value.canConvertToLong()) {
                report(child(path, field), ProblemCode.OUT_OF_RANGE, value.asText(), min, max);
                return Optional.empty();
            }
            return inRange(child(path, field), value.asLong(), min, max);
        });
    }

    /** A number that may be absent or null (then {@code absent}); empty only when present and invalid. */
    Optional<Double> optionalNumber(JsonNode object, String path, String field, double min, double max, double absent) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.of(absent);
        }
        return number(object, path, field, min, max);
    }

    Optional<Double> number(JsonNode object, String path, String field, double min, double max) {
        return required(object, path, field).flatMap(value -> {
            if (!value.isNumber()) {
                report(child(path, field), ProblemCode.WRONG_TYPE, "number");
                return Optional.empty();
            }
            double number = value.asDouble();
            if (number < min || number > max || Double.isNaN(number)) {
                report(child(path, field), ProblemCode.OUT_OF_RANGE, value.asText(), plain(min), plain(max));
                return Optional.empty();
            }
            return Optional.of(number);
        });
    }

    private Optional<Long> inRange(String path, long value, long min, long max) {
        if (value < min || value > max) {
            report(path, ProblemCode.OUT_OF_RANGE, value, min, max);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    <E extends Enum<E>> Optional<E> enumValue(JsonNode object, String path, String field, Class<E> type) {
        return text(object, path, field, true).flatMap(name -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return Optional.of(constant);
                }
            }
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            report(child(path, field), ProblemCode.UNKNOWN_VALUE, name, allowed);
            return Optional.empty();
        });
    }

    /** The elements of an array field, or empty after reporting why not. */
    List<JsonNode> array(JsonNode object, String path, String field, boolean required, boolean nonEmpty) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                report(child(path, field), ProblemCode.MISSING_FIELD, field);
            }
            return List.of();
        }
        if (!value.isArray()) {
            report(child(path, field), ProblemCode.WRONG_TYPE, "array");
            return List.of();
        }
        if (nonEmpty && value.isEmpty()) {
            report(child(path, field), ProblemCode.EMPTY_LIST);
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** The strings of an array of strings; non-strings are reported and left out. */
    List<String> strings(JsonNode object, String path, String field) {
        List<String> values = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, false, false);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (element.isTextual() && !element.asText().isBlank()) {
                values.add(element.asText());
            } else if (element.isTextual()) {
                report(element(child(path, field), i), ProblemCode.EMPTY_TEXT);
            } else {
                report(element(child(path, field), i), ProblemCode.WRONG_TYPE, "string");
            }
        }
        return values;
    }

    boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            report(path, ProblemCode.WRONG_TYPE, "object");
            return false;
        }
        return true;
    }
}
