package org.vigil.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.i18n.BundleFiles.read;
import static org.vigil.i18n.BundleFiles.textsBesideEnglish;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.i18n.BundleFiles.BundleFile;
import org.vigil.i18n.BundleFiles.Entry;
import org.vigil.i18n.BundleFiles.TranslatedText;

/**
 * Checks the texts of every bundle file: none is empty, no long text is left in English, and language names
 * (endonyms) are the same in every file.
 */
class BundleTextQualityTest {

    /** Texts longer than this that equal English are taken for forgotten, untranslated copies. */
    private static final int UNTRANSLATED_MIN_LENGTH = 25;

    /** Keys whose text may legitimately equal English in every language. */
    /** Texts that are only placeholders and punctuation: the locale formats the dates and numbers in them. */
    private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of(
            "app.title",
            "error.title",
            "settings.scale.value",
            "inspector.dependency.in",
            "inspector.dependency.out",
            "incidents.time",
            "incidents.timeShort",
            "incidents.note.by",
            "incidents.history.line");

    /** language.* keys are endonyms, identical everywhere, except the pseudo-locale's name. */
    private static boolean isEndonym(String key) {
        return key.startsWith("language.") && !key.equals("language.en-XA");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vigil.i18n.BundleFiles#allFiles")
    void noValueIsEmpty(String file, BundleFamily family, Language language) {
        // given
        BundleFile bundle = read(family, language);

        // when
        List<String> empty = bundle.entries().stream()
                .filter(e -> e.value().isBlank())
                .map(Entry::key)
                .toList();

        // then
        assertThat(empty).as("%s: keys with an empty text", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vigil.i18n.BundleFiles#translatedFiles")
    void longTextsAreNotLeftInEnglish(String file, BundleFamily family, Language language) {
        // given
        List<TranslatedText> texts = textsBesideEnglish(family, language);

        // when
        List<String> untranslated = texts.stream()
                .filter(t -> t.translated().length() > UNTRANSLATED_MIN_LENGTH)
                .filter(t -> t.translated().equals(t.english()))
                .filter(t -> !isEndonym(t.key()) && !SAME_AS_ENGLISH_ALLOWED.contains(t.key()))
                .map(TranslatedText::key)
                .sorted()
                .toList();

        // then
        assertThat(untranslated)
                .as("%s: texts identical to English, probably not translated", file)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vigil.i18n.BundleFiles#translatedFiles")
    void endonymsAreTheSameInEveryLanguage(String file, BundleFamily family, Language language) {
        // given
        List<TranslatedText> texts = textsBesideEnglish(family, language);

        // when
        List<String> changed = texts.stream()
                .filter(t -> isEndonym(t.key()))
                .filter(t -> !t.english().equals(t.translated()))
                .map(t -> t.key() + "=" + t.translated() + " (English file: " + t.english() + ")")
                .toList();

        // then
        assertThat(changed)
                .as("%s: language names are written in their own language everywhere", file)
                .isEmpty();
    }
}
