package org.vigil.core.scenario;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Checks language tags in scenario files against BCP 47. */
final class LanguageTags {

    private LanguageTags() {}

    static boolean isWellFormed(String tag) {
        try {
            return !new Locale.Builder()
                    .setLanguageTag(tag)
                    .build()
                    .getLanguage()
                    .isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
