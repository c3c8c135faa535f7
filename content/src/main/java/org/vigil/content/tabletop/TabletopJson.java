package org.vigil.content.tabletop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.content.awareness.ContentProblem;

/**
 * Typed reads of one tabletop file that report every missing, mistyped or unknown field with its
 * JSON path and carry on, so one pass finds all the problems of a hand-written file.
 */
final class TabletopJson {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String file;
    private final JsonNode root;
    private final List<ContentProblem> problems;

    private TabletopJson(String file, JsonNode root, List<ContentProblem> problems) {
        this.file = file;
        this.root = root;
        this.problems = problems;
    }

    /** Parses the file; a syntax error is reported with its line and gives empty. */
    static Optional<TabletopJson> parse(String file, byte[] bytes, List<ContentProblem> problems) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                problems.add(new ContentProblem(file, 1, "$", "expected a JSON object"));
                return Optional.empty();
            }
            return Optional.of(new TabletopJson(file, root, problems));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new ContentProblem(file, line, "$", "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new ContentProblem(file, 0, "$", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    JsonNode root() {
        return root;
    }

    void report(String path, String message) {
        problems.add(new ContentProblem(file, 0, path, message));
    }

    static String child(String path, String field) {
        return path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    void allowOnly(JsonNode object, String path, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                report(
                        child(path, name),
                        "unknown field \"" + name + "\"; known fields: " + String.join(", ", new TreeSet<>(known)));
            }
        });
    }

    boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            report(path, "expected an object");
            return false;
        }
        return true;
    }

    void formatVersion() {
        JsonNode value = root.get("formatVersion");
        if (value == null || value.isNull()) {
            report("$.formatVersion", "missing required field \"formatVersion\"");
        } else if (!value.isInt() || value.asInt() != 1) {
            report("$.formatVersion", "unsupported format version " + value + "; this reader knows version 1");
        }
    }

    Optional<String> text(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            report(child(path, field), "missing required field \"" + field + "\"");
            return Optional.empty();
        }
        return textValue(value, child(path, field));
    }

    Optional<String> optionalText(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? Optional.empty() : textValue(value, child(path, field));
    }

    Optional<String> textValue(JsonNode value, String path) {
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

    Optional<String> id(JsonNode object, String path, String field) {
        return text(object, path, field).filter(id -> validId(id, child(path, field)));
    }

    Optional<String> idValue(JsonNode value, String path) {
        return textValue(value, path).filter(id -> validId(id, path));
    }

    private boolean validId(String id, String path) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        report(path, "\"" + id + "\" is not a valid id: use up to 64 lower-case letters, digits and hyphens");
        return false;
    }

    <E extends Enum<E>> Optional<E> enumValue(JsonNode object, String path, String field, Class<E> type) {
        return text(object, path, field).flatMap(name -> enumNamed(name, child(path, field), type));
    }

    <E extends Enum<E>> Optional<E> enumNamed(String name, String path, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        report(path, "unknown value \"" + name + "\"; expected one of " + allowed);
        return Optional.empty();
    }

    boolean bool(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            report(child(path, field), "expected true or false");
            return false;
        }
        return value.asBoolean();
    }

    /** A required number in [min, max]. */
    Optional<Double> number(JsonNode object, String path, String field, double min, double max) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            report(child(path, field), "missing required field \"" + field + "\"");
            return Optional.empty();
        }
        return numberValue(value, child(path, field), min, max);
    }

    Optional<Double> numberValue(JsonNode value, String path, double min, double max) {
        if (!value.isNumber() || !(value.asDouble() >= min && value.asDouble() <= max)) {
            report(path, "expected a number from " + format(min) + " to " + format(max));
            return Optional.empty();
        }
        return Optional.of(value.asDouble());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The elements of an array field, or empty after reporting why not. */
    List<JsonNode> array(JsonNode object, String path, String field, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                report(child(path, field), "missing required field \"" + field + "\"");
            }
            return List.of();
        }
        if (!value.isArray()) {
            report(child(path, field), "expected an array");
            return List.of();
        }
        if (required && value.isEmpty()) {
            report(child(path, field), "must not be empty");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** An array of distinct ids. */
    List<String> ids(JsonNode object, String path, String field, boolean required) {
        List<String> ids = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, required);
        for (int i = 0; i < elements.size(); i++) {
            String at = element(child(path, field), i);
            idValue(elements.get(i), at).ifPresent(id -> {
                if (ids.contains(id)) {
                    report(at, "\"" + id + "\" is listed twice");
                } else {
                    ids.add(id);
                }
            });
        }
        return ids;
    }
}
