package org.vigil.content.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed reads of a {@link JsonDocument} that report every missing, mistyped or unknown field with its
 * JSON path and carry on, so that one pass finds all the problems of a hand-written file. Paths are
 * written as {@code $.stages[2].options}; reads take the object, its path and the field's name.
 */
public final class JsonFields {

    /** Ids are safe as folder names, file names, references and text keys. */
    public static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    private final JsonDocument document;

    public JsonFields(JsonDocument document) {
        this.document = document;
    }

    public static String child(String path, String field) {
        return path + "." + field;
    }

    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    public String file() {
        return document.file();
    }

    public JsonNode root() {
        return document.root();
    }

    public int lineOf(String path) {
        return document.lineOf(path);
    }

    public void report(String path, String message) {
        document.report(path, message);
    }

    /** Whether nothing was reported against this file so far. */
    public boolean clean() {
        return document.clean();
    }

    /** Reports fields not in {@code known}: a misspelt optional field would otherwise go unnoticed. */
    public void allowOnly(JsonNode object, String path, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                report(
                        child(path, name),
                        "unknown field \"" + name + "\"; known fields: " + String.join(", ", new TreeSet<>(known)));
            }
        });
    }

    public boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            report(path, "expected an object");
            return false;
        }
        return true;
    }

    /** The root's {@code formatVersion}, which must be 1: the only version the readers know. */
    public void formatVersion() {
        JsonNode value = root().get("formatVersion");
        if (absent(value)) {
            report("$.formatVersion", "missing required field \"formatVersion\"");
        } else if (!value.isInt() || value.asInt() != 1) {
            report("$.formatVersion", "unsupported format version " + value + "; this reader knows version 1");
        }
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    private void missing(String path, String field) {
        report(child(path, field), "missing required field \"" + field + "\"");
    }

    /** A required field read by {@code read} (given the value and its path); a missing one is reported. */
    public <T> Optional<T> required(
            JsonNode object, String path, String field, BiFunction<JsonNode, String, Optional<T>> read) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            missing(path, field);
            return Optional.empty();
        }
        return read.apply(value, child(path, field));
    }

    /** An optional field read by {@code read}; empty when absent. */
    public <T> Optional<T> optional(
            JsonNode object, String path, String field, BiFunction<JsonNode, String, Optional<T>> read) {
        JsonNode value = object.get(field);
        return absent(value) ? Optional.empty() : read.apply(value, child(path, field));
    }

    /** A required, non-blank string. */
    public Optional<String> text(JsonNode object, String path, String field) {
        return required(object, path, field, this::textValue);
    }

    public Optional<String> optionalText(JsonNode object, String path, String field) {
        return optional(object, path, field, this::textValue);
    }

    public Optional<String> textValue(JsonNode value, String path) {
        if (!value.isTextual()) {
            report(path, "expected a string");
            return Optional.empty();
        }
        if (value.asText().isBlank()) {
            report(path, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    public Optional<String> id(JsonNode object, String path, String field) {
        return text(object, path, field).filter(id -> validId(id, child(path, field)));
    }

    public Optional<String> optionalId(JsonNode object, String path, String field) {
        return optionalText(object, path, field).filter(id -> validId(id, child(path, field)));
    }

    public Optional<String> idValue(JsonNode value, String path) {
        return textValue(value, path).filter(id -> validId(id, path));
    }

    private boolean validId(String id, String path) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        report(path, "\"" + id + "\" is not a valid id: use up to 64 lower-case letters, digits and hyphens");
        return false;
    }

    /** Whether an id is new to {@code seen}; a repeated one is reported. */
    public boolean unique(Set<String> seen, String id, String path) {
        if (!seen.add(id)) {
            report(path, "duplicate id \"" + id + "\"");
            return false;
        }
        return true;
    }

    public <E extends Enum<E>> Optional<E> enumValue(JsonNode object, String path, String field, Class<E> type) {
        return text(object, path, field).flatMap(name -> enumNamed(name, child(path, field), type));
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(JsonNode object, String path, String field, Class<E> type) {
        return optionalText(object, path, field).flatMap(name -> enumNamed(name, child(path, field), type));
    }

    public <E extends Enum<E>> Optional<E> enumNamed(String name, String path, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        report(path, "unknown value \"" + name + "\"; expected one of " + allowed);
        return Optional.empty();
    }

    /** A required boolean. */
    public Optional<Boolean> bool(JsonNode object, String path, String field) {
        return required(object, path, field, this::boolValue);
    }

    /** An optional boolean, {@code fallback} when absent. */
    public Optional<Boolean> bool(JsonNode object, String path, String field, boolean fallback) {
        return absent(object.get(field)) ? Optional.of(fallback) : optional(object, path, field, this::boolValue);
    }

    private Optional<Boolean> boolValue(JsonNode value, String path) {
        if (!value.isBoolean()) {
            report(path, "expected true or false");
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
    }

    /** A required number from {@code min} to {@code max}. */
    public Optional<Double> number(JsonNode object, String path, String field, double min, double max) {
        return required(object, path, field, (value, at) -> numberValue(value, at, min, max));
    }

    public Optional<Double> numberValue(JsonNode value, String path, double min, double max) {
        if (!value.isNumber() || !(value.asDouble() >= min && value.asDouble() <= max)) {
            report(path, "expected a number from " + format(min) + " to " + format(max));
            return Optional.empty();
        }
        return Optional.of(value.asDouble());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A required whole number from {@code min} to {@code max}. */
    public Optional<Integer> wholeNumber(JsonNode object, String path, String field, int min, int max) {
        return required(object, path, field, (value, at) -> wholeNumberValue(value, at, min, max));
    }

    public Optional<Integer> wholeNumberValue(JsonNode value, String path, int min, int max) {
        if (value == null || !value.isInt() || value.asInt() < min || value.asInt() > max) {
            report(path, "expected a whole number from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }

    public Optional<Long> optionalCount(JsonNode object, String path, String field) {
        return optional(object, path, field, (value, at) -> {
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                report(at, "expected a whole number of at least 0");
                return Optional.empty();
            }
            return Optional.of(value.asLong());
        });
    }

    /** The elements of an array field, or none after reporting why not. */
    public List<JsonNode> array(JsonNode object, String path, String field, boolean required) {
        return array(object, path, field, required, false);
    }

    /** The elements of an array field, which may also have to have some, or none after reporting why not. */
    public List<JsonNode> array(JsonNode object, String path, String field, boolean required, boolean nonEmpty) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            if (required) {
                missing(path, field);
            }
            return List.of();
        }
        if (!value.isArray()) {
            report(child(path, field), "expected an array");
            return List.of();
        }
        if (nonEmpty && value.isEmpty()) {
            report(child(path, field), "must not be empty");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** An array of ids; each bad one is reported and left out. */
    public List<String> ids(JsonNode object, String path, String field, boolean required) {
        List<String> ids = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, required);
        for (int i = 0; i < elements.size(); i++) {
            idValue(elements.get(i), element(child(path, field), i)).ifPresent(ids::add);
        }
        return ids;
    }

    /** An array of distinct ids; a required one must not be empty. */
    public List<String> distinctIds(JsonNode object, String path, String field, boolean required) {
        return distinct(array(object, path, field, required, required), child(path, field), this::idValue, id -> id);
    }

    /** A required, non-empty array of distinct enum names. */
    public <E extends Enum<E>> List<E> enumList(JsonNode object, String path, String field, Class<E> type) {
        return distinct(
                array(object, path, field, true, true),
                child(path, field),
                (value, at) -> textValue(value, at).flatMap(name -> enumNamed(name, at, type)),
                Enum::name);
    }

    private <T> List<T> distinct(
            List<JsonNode> elements,
            String arrayPath,
            BiFunction<JsonNode, String, Optional<T>> read,
            Function<T, String> name) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String at = element(arrayPath, i);
            read.apply(elements.get(i), at).ifPresent(value -> {
                if (values.contains(value)) {
                    report(at, "\"" + name.apply(value) + "\" is listed twice");
                } else {
                    values.add(value);
                }
            });
        }
        return values;
    }

    /** An optional array of non-blank strings. */
    public List<String> strings(JsonNode object, String path, String field) {
        List<String> values = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, false);
        for (int i = 0; i < elements.size(); i++) {
            textValue(elements.get(i), element(child(path, field), i)).ifPresent(values::add);
        }
        return values;
    }
}
