package org.vigil.content.awareness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** One text in each language. A valid item has all nine; the reader reports any that are missing. */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        texts = Collections.unmodifiableMap(texts.isEmpty() ? new EnumMap<>(Language.class) : new EnumMap<>(texts));
    }

    /** The same text in every language, for things that do not change (a domain, a number). */
    public static LocalizedText same(String text) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, text);
        }
        return new LocalizedText(texts);
    }

    /** The text in a language; throws if the item lacks it, which validation rules out. */
    public String in(Language language) {
        String text = texts.get(language);
        if (text == null) {
            throw new IllegalArgumentException("no text in " + language.tag());
        }
        return text;
    }

    public Set<Language> languages() {
        return texts.keySet();
    }
}
