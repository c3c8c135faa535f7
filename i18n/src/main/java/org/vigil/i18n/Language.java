package org.vigil.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Vigil speaks. {@link #PSEUDO} is English made accented and about 40 % longer, to
 * find hard-coded text and cut-off labels before translators do.
 */
public enum Language {
    EN("en", "en"),
    /** European Portuguese: its plural rules differ from Brazil's for zero. */
    PT("pt", "pt-PT"),
    ES("es", "es"),
    IT("it", "it"),
    EL("el", "el"),
    DE("de", "de"),
    FR("fr", "fr"),
    RO("ro", "ro"),
    PL("pl", "pl"),
    PSEUDO("en-XA", "en-XA");

    private final String tag;
    private final String formatTag;

    Language(String tag, String formatTag) {
        this.tag = tag;
        this.formatTag = formatTag;
    }

    /** BCP 47 tag, as stored in settings and used in scenario translations. */
    public String tag() {
        return tag;
    }

    /** The locale for plural rules, numbers and sentence breaks. */
    public Locale locale() {
        return Locale.forLanguageTag(formatTag);
    }

    /** Bundle file suffix; English is the base file and the pseudo-locale has none of its own. */
    String bundleSuffix() {
        return this == EN || this == PSEUDO ? "" : "_" + tag;
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The language matching a locale's language, English if Vigil does not speak it. */
    public static Language forLocale(Locale locale) {
        return Arrays.stream(values())
                .filter(l -> l != PSEUDO && l.tag.equals(locale.getLanguage()))
                .findFirst()
                .orElse(EN);
    }
}
