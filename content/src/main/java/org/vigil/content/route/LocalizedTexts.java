package org.vigil.content.route;

import static org.vigil.content.json.JsonFields.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.LocalizedText;
import org.vigil.content.json.JsonFields;

/** Route Guard's texts in its JSON files: one per language, or, for a name, one string for all. */
final class LocalizedTexts {

    private LocalizedTexts() {}

    /** A required text; where {@code sameAllowed}, one string may stand for every language (a place's name). */
    static Optional<LocalizedText> read(
            JsonFields json, JsonNode object, String path, String field, boolean sameAllowed) {
        return json.required(object, path, field, (value, here) -> value(json, value, here, sameAllowed));
    }

    private static Optional<LocalizedText> value(JsonFields json, JsonNode value, String here, boolean sameAllowed) {
        if (sameAllowed && value.isTextual() && !value.asText().isBlank()) {
            return Optional.of(LocalizedText.same(value.asText()));
        }
        if (!value.isObject()) {
            json.report(here, "expected an object with one text per language (en, pt, es, it, el, de, fr, ro, pl)");
            return Optional.empty();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        value.fields().forEachRemaining(entry -> {
            Optional<Language> language = Language.ofTag(entry.getKey());
            if (language.isEmpty()) {
                json.report(child(here, entry.getKey()), "unknown language \"" + entry.getKey() + "\"");
            } else if (!entry.getValue().isTextual()
                    || entry.getValue().asText().isBlank()) {
                json.report(child(here, entry.getKey()), "expected a non-empty string");
            } else {
                texts.put(language.get(), entry.getValue().asText());
            }
        });
        for (Language language : Language.values()) {
            if (!value.has(language.tag())) {
                json.report(here, "missing language \"" + language.tag() + "\"");
            }
        }
        return texts.size() == Language.values().length ? Optional.of(new LocalizedText(texts)) : Optional.empty();
    }
}
