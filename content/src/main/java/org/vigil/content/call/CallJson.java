package org.vigil.content.call;

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
import org.vigil.core.scenario.LineIndex;

/**
 * One call file with typed reads that report each missing, mistyped or unknown field with its JSON
 * path and line and carry on, so one pass finds every problem of a hand-written file.
 */
final class CallJson {

    /** Ids are stable: cue ids go to spaced repetition, node and reply ids key the texts. */
    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String file;
    private final JsonNode root;
    private final LineIndex lines;
    private final List<ContentProblem> problems;

    private CallJson(String file, JsonNode root, LineIndex lines, List<ContentProblem> problems) {
        this.file = file;
        this.root = root;
        this.lines = lines;
        this.problems = problems;
    }

    /** Parses the file; a syntax error is reported with its line and gives empty. */
    static Optional<CallJson> parse(String file, byte[] bytes, List<ContentProblem> problems) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                problems.add(new ContentProblem(file, 1, "$", "expected a JSON object"));
                return Optional.empty();
            }
            return Optional.of(new CallJson(file, root, LineIndex.of(bytes, MAPPER.getFactory()), problems));
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
        problems.add(new ContentProblem(file, lines.lineOf(path), path, message));
    }

    static String child(String path, String field) {
        return path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    void formatVersion() {
        JsonNode value = root.get("formatVersion");
        if (value == null || !value.isInt() || value.asInt() != 1) {
            report("$.formatVersion", "expected \"formatVersion\": 1, the only version this reader knows");
        }
    }

    /** Reports fields not in {@code known}: a misspelt optional field would otherwise go unnoticed. */
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

    Optional<String> optionalId(JsonNode object, String path, String field) {
        return optionalText(object, path, field).filter(id -> validId(id, child(path, field)));
    }

    boolean validId(String id, String path) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        report(path, "\"" + id + "\" is not a valid id: use up to 64 lower-case letters, digits and hyphens");
        return false;
    }

    <E extends Enum<E>> Optional<E> enumValue(JsonNode object, String path, String field, Class<E> type) {
        return text(object, path, field).flatMap(name -> enumNamed(name, child(path, field), type));
    }

    <E extends Enum<E>> Optional<E> optionalEnum(JsonNode object, String path, String field, Class<E> type) {
        return optionalText(object, path, field).flatMap(name -> enumNamed(name, child(path, field), type));
    }

    private <E extends Enum<E>> Optional<E> enumNamed(String name, String path, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        report(path, "unknown value \"" + name + "\"; expected one of " + allowed);
        return Optional.empty();
    }

    Optional<Boolean> bool(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isBoolean()) {
            report(child(path, field), "expected true or false");
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
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
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** An array of ids; each bad one is reported and left out. */
    List<String> ids(JsonNode object, String path, String field, boolean required) {
        List<String> values = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, required);
        for (int i = 0; i < elements.size(); i++) {
            String at = element(child(path, field), i);
            textValue(elements.get(i), at).filter(id -> validId(id, at)).ifPresent(values::add);
        }
        return values;
    }
}
