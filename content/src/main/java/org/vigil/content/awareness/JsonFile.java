package org.vigil.content.awareness;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.core.scenario.LineIndex;

/**
 * One item's JSON file with typed reads that report every missing, mistyped or unknown field with
 * its path and line and carry on, so that one pass finds all problems of a hand-written file.
 */
final class JsonFile {

    /** Ids are safe as folder names, file names and references. */
    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String file;
    private final JsonNode root;
    private final LineIndex lines;
    private final Problems problems;

    private JsonFile(String file, JsonNode root, LineIndex lines, Problems problems) {
        this.file = file;
        this.root = root;
        this.lines = lines;
        this.problems = problems;
    }

    /** Parses the file; a syntax error is reported with its line and gives empty. */
    static Optional<JsonFile> parse(String file, byte[] bytes, Problems problems) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                problems.add(file, 1, "$", "expected a JSON object");
                return Optional.empty();
            }
            return Optional.of(new JsonFile(file, root, LineIndex.of(bytes, MAPPER.getFactory()), problems));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(file, line, "$", "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, "$", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    void report(String path, String message) {
        problems.add(file, lines.lineOf(path), path, message);
    }

    int lineOf(String path) {
        return lines.lineOf(path);
    }

    static String child(String path, String field) {
        return path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
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

    void formatVersion(JsonNode object) {
        JsonNode value = object.get("formatVersion");
        if (value == null || value.isNull()) {
            report("$.formatVersion", "missing required field \"formatVersion\"");
        } else if (!value.isInt() || value.asInt() != 1) {
            report("$.formatVersion", "unsupported format version " + value + "; this reader knows version 1");
        }
    }

    private boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    private void missing(String path, String field) {
        report(child(path, field), "missing required field \"" + field + "\"");
    }

    /** A required, non-blank string. */
    Optional<String> text(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            missing(path, field);
            return Optional.empty();
        }
        return textValue(value, child(path, field));
    }

    Optional<String> optionalText(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        return absent(value) ? Optional.empty() : textValue(value, child(path, field));
    }

    private Optional<String> textValue(JsonNode value, String path) {
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

    private boolean validId(String id, String path) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        report(path, "\"" + id + "\" is not a valid id: use up to 64 lower-case letters, digits and hyphens");
        return false;
    }

    /** Whether an id is new to {@code seen}; a repeated one is reported. */
    boolean unique(Set<String> seen, String id, String path) {
        if (!seen.add(id)) {
            report(path, "duplicate id \"" + id + "\"");
            return false;
        }
        return true;
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

    /** A required, non-empty array of distinct enum names. */
    <E extends Enum<E>> List<E> enumList(JsonNode object, String path, String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, true, true);
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = element(child(path, field), i);
            textValue(elements.get(i), elementPath)
                    .flatMap(name -> enumNamed(name, elementPath, type))
                    .ifPresent(value -> {
                        if (values.contains(value)) {
                            report(elementPath, "\"" + value.name() + "\" is listed twice");
                        } else {
                            values.add(value);
                        }
                    });
        }
        return values;
    }

    /** A boolean; {@code fallback} when absent and not required. */
    Optional<Boolean> bool(JsonNode object, String path, String field, boolean required, boolean fallback) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            if (required) {
                missing(path, field);
                return Optional.empty();
            }
            return Optional.of(fallback);
        }
        if (!value.isBoolean()) {
            report(child(path, field), "expected true or false");
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
    }

    Optional<Long> optionalCount(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            report(child(path, field), "expected a whole number of at least 0");
            return Optional.empty();
        }
        return Optional.of(value.asLong());
    }

    /** The elements of an array field, or empty after reporting why not. */
    List<JsonNode> array(JsonNode object, String path, String field, boolean required, boolean nonEmpty) {
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

    /** An optional array of non-blank strings. */
    List<String> strings(JsonNode object, String path, String field) {
        List<String> values = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, false, false);
        for (int i = 0; i < elements.size(); i++) {
            textValue(elements.get(i), element(child(path, field), i)).ifPresent(values::add);
        }
        return values;
    }

    Optional<LocalizedText> localized(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            missing(path, field);
            return Optional.empty();
        }
        return localizedValue(value, child(path, field));
    }

    Optional<LocalizedText> optionalLocalized(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        return absent(value) ? Optional.empty() : localizedValue(value, child(path, field));
    }

    /**
     * A quote: one string for every language (a domain, a number) or an object with one per
     * language. Absent means the anchor points at the whole place.
     */
    Optional<LocalizedText> optionalQuote(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            return textValue(value, child(path, field)).map(LocalizedText::same);
        }
        return localizedValue(value, child(path, field));
    }

    /** An object with a non-blank text for each of the nine languages, and nothing else. */
    Optional<LocalizedText> localizedValue(JsonNode value, String path) {
        if (!value.isObject()) {
            report(path, "expected an object with one text per language (" + Language.allTags() + ")");
            return Optional.empty();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        boolean complete = true;
        Set<String> seen = new HashSet<>();
        var fields = value.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            seen.add(entry.getKey());
            Optional<Language> language = Language.ofTag(entry.getKey());
            if (language.isEmpty()) {
                report(
                        child(path, entry.getKey()),
                        "unknown language \"" + entry.getKey() + "\"; expected " + Language.allTags());
                continue;
            }
            Optional<String> text = textValue(entry.getValue(), child(path, entry.getKey()));
            text.ifPresent(t -> texts.put(language.get(), t));
            complete &= text.isPresent();
        }
        for (Language language : Language.values()) {
            if (!seen.contains(language.tag())) {
                report(path, "missing language \"" + language.tag() + "\"");
                complete = false;
            }
        }
        return complete ? Optional.of(new LocalizedText(texts)) : Optional.empty();
    }
}
