package org.vigil.content.awareness;

import static org.vigil.content.json.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/** Reads of an item's texts in the nine languages, reporting each problem through the item's fields. */
final class LocalizedFields {

    private LocalizedFields() {}

    static Optional<LocalizedText> required(JsonFields json, JsonNode object, String path, String field) {
        return json.required(object, path, field, (value, at) -> value(json, value, at));
    }

    static Optional<LocalizedText> optional(JsonFields json, JsonNode object, String path, String field) {
        return json.optional(object, path, field, (value, at) -> value(json, value, at));
    }

    /**
     * A quote: one string for every language (a domain, a number) or an object with one per
     * language. Absent means the anchor points at the whole place.
     */
    static Optional<LocalizedText> optionalQuote(JsonFields json, JsonNode object, String path, String field) {
        return json.optional(
                object,
                path,
                field,
                (value, at) -> value.isTextual()
                        ? json.textValue(value, at).map(LocalizedText::same)
                        : value(json, value, at));
    }

    /** An object with a non-blank text for each of the nine languages, and nothing else. */
    static Optional<LocalizedText> value(JsonFields json, JsonNode value, String path) {
        if (!value.isObject()) {
            json.report(path, "expected an object with one text per language (" + Language.allTags() + ")");
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
                json.report(
                        child(path, entry.getKey()),
                        "unknown language \"" + entry.getKey() + "\"; expected " + Language.allTags());
                continue;
            }
            Optional<String> text = json.textValue(entry.getValue(), child(path, entry.getKey()));
            text.ifPresent(t -> texts.put(language.get(), t));
            complete &= text.isPresent();
        }
        for (Language language : Language.values()) {
            if (!seen.contains(language.tag())) {
                json.report(path, "missing language \"" + language.tag() + "\"");
                complete = false;
            }
        }
        return complete ? Optional.of(new LocalizedText(texts)) : Optional.empty();
    }
}
