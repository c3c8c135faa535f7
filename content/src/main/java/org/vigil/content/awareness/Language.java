package org.vigil.content.awareness;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The nine languages every awareness item is written in. Each is a localisation, not a translation:
 * its own invented brands, formats, currency, phone numbers and holidays.
 */
public enum Language {
    EN("en"),
    PT("pt"),
    ES("es"),
    IT("it"),
    EL("el"),
    DE("de"),
    FR("fr"),
    RO("ro"),
    PL("pl");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as used for file names ({@code de.eml}) and JSON keys. */
    public String tag() {
        return tag;
    }

    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }

    /** All tags in order, for messages: {@code en, pt, es, ...}. */
    static String allTags() {
        return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
    }
}
