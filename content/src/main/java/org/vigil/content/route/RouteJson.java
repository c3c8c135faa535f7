package org.vigil.content.route;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.LocalizedText;
import org.vigil.core.scenario.LineIndex;

/**
 * One Route Guard JSON file with typed reads that report each missing, mistyped or unknown field with its
 * line and JSON path and carry on, so one pass finds every problem of a hand-written file.
 */
final class RouteJson {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String file;
    private final JsonNode root;
    private final LineIndex lines;
    private final List<ContentProblem> problems;
    private int reported;

    private RouteJson(String file, JsonNode root, LineIndex lines, List<ContentProblem> problems) {
        this.file = file;
        this.root = root;
        this.lines = lines;
        this.problems = problems;
    }

    static Optional<RouteJson> parse(String file, byte[] bytes, List<ContentProblem> problems) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                problems.add(new ContentProblem(file, 1, "$", "expected a JSON object"));
                return Optional.empty();
            }
            RouteJson json = new RouteJson(file, root, LineIndex.of(bytes, MAPPER.getFactory()), problems);
            JsonNode version = root.get("formatVersion");
            if (version == null || !version.isInt() || version.asInt() != 1) {
                json.report("$.formatVersion", "expected formatVersion 1");
            }
            return Optional.of(json);
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

    /** Whether no problem was found in this file so far. */
    boolean clean() {
        return reported == 0;
    }

    void report(String path, String message) {
        reported++;
        problems.add(new ContentProblem(file, lines.lineOf(path), path, message));
    }

    static String child(String path, String field) {
        return path + "." + field;
    }

    /** Reports fields outside {@code known}: a misspelt optional field would otherwise go unnoticed. */
    void allowOnly(JsonNode object, String path, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                report(
                        child(path, name),
                        "unknown field \"" + name + "\"; known fields: " + String.join(", ", new TreeSet<>(known)));
            }
        });
    }

    private JsonNode required(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            report(child(path, field), "missing required field \"" + field + "\"");
            return null;
        }
        return value;
    }

    Optional<String> text(JsonNode object, String path, String field) {
        JsonNode value = required(object, path, field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            report(child(path, field), "expected a non-empty string");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    Optional<String> id(JsonNode object, String path, String field) {
        return text(object, path, field).filter(id -> {
            if (ID.matcher(id).matches()) {
                return true;
            }
            report(child(path, field), "\"" + id + "\" is not a valid id: use lower-case letters, digits and hyphens");
            return false;
        });
    }

    Optional<Boolean> bool(JsonNode object, String path, String field) {
        JsonNode value = required(object, path, field);
        if (value != null && !value.isBoolean()) {
            report(child(path, field), "expected true or false");
            return Optional.empty();
        }
        return Optional.ofNullable(value).map(JsonNode::asBoolean);
    }

    /** A whole number from {@code min} to {@code max}. */
    Optional<Integer> number(JsonNode value, String path, int min, int max) {
        if (value == null || !value.isInt() || value.asInt() < min || value.asInt() > max) {
            report(path, "expected a whole number from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }

    Optional<Integer> number(JsonNode object, String path, String field, int min, int max) {
        JsonNode value = required(object, path, field);
        return value == null ? Optional.empty() : number(value, child(path, field), min, max);
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, String path, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        report(path, "unknown value \"" + name + "\"; expected one of " + String.join(", ", allowed));
        return Optional.empty();
    }

    /** The elements of an array field, or none after reporting why not. */
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

    /** An array of ids. */
    List<String> ids(JsonNode object, String path, String field, boolean required) {
        List<String> ids = new ArrayList<>();
        List<JsonNode> elements = array(object, path, field, required);
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = child(path, field) + "[" + i + "]";
            if (elements.get(i).isTextual()
                    && ID.matcher(elements.get(i).asText()).matches()) {
                ids.add(elements.get(i).asText());
            } else {
                report(elementPath, "expected an id (lower-case letters, digits and hyphens)");
            }
        }
        return ids;
    }

    /** One text per language in an object, or, where {@code sameAllowed}, one string for all (a name). */
    Optional<LocalizedText> localized(JsonNode object, String path, String field, boolean sameAllowed) {
        JsonNode value = required(object, path, field);
        String here = child(path, field);
        if (value == null) {
            return Optional.empty();
        }
        if (sameAllowed && value.isTextual() && !value.asText().isBlank()) {
            return Optional.of(LocalizedText.same(value.asText()));
        }
        if (!value.isObject()) {
            report(here, "expected an object with one text per language (en, pt, es, it, el, de, fr, ro, pl)");
            return Optional.empty();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        value.fields().forEachRemaining(entry -> {
            Optional<Language> language = Language.ofTag(entry.getKey());
            if (language.isEmpty()) {
                report(child(here, entry.getKey()), "unknown language \"" + entry.getKey() + "\"");
            } else if (!entry.getValue().isTextual()
                    || entry.getValue().asText().isBlank()) {
                report(child(here, entry.getKey()), "expected a non-empty string");
            } else {
                texts.put(language.get(), entry.getValue().asText());
            }
        });
        for (Language language : Language.values()) {
            if (!value.has(language.tag())) {
                report(here, "missing language \"" + language.tag() + "\"");
            }
        }
        return texts.size() == Language.values().length ? Optional.of(new LocalizedText(texts)) : Optional.empty();
    }
}
