package org.vigil.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.i18n.BundleFiles.read;
import static org.vigil.i18n.BundleFiles.textsBesideEnglish;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.i18n.BundleFiles.BundleFile;
import org.vigil.i18n.BundleFiles.Entry;
import org.vigil.i18n.BundleFiles.TranslatedText;

/**
 * Checks the ICU message patterns of every bundle file: each parses, no lone apostrophe quotes a syntax character,
 * translations take the arguments of English, and plural arguments cover every category of the language.
 */
class BundlePatternTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vigil.i18n.BundleFiles#allFiles")
    void everyPatternParses(String file, BundleFamily family, Language language) {
        // given
        BundleFile bundle = read(family, language);

        // when
        List<String> broken = new ArrayList<>();
        for (Entry entry : bundle.entries()) {
            try {
                new MessagePattern(entry.value());
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                broken.add(entry.key() + ": " + e.getMessage());
            }
        }

        // then
        assertThat(broken).as("%s: patterns ICU cannot parse", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vigil.i18n.BundleFiles#allFiles")
    void noLoneApostropheQuotesASyntaxCharacter(String file, BundleFamily family, Language language) {
        // given
        BundleFile bundle = read(family, language);

        // when: with ApostropheMode DOUBLE_OPTIONAL, ' before { } # | starts quoted (literal) text
        List<String> quoting = bundle.entries().stream()
                .filter(e -> startsQuoting(e.value()))
                .map(e -> e.key() + "=" + e.value())
                .toList();

        // then
        assertThat(quoting)
                .as(
                        "%s: an apostrophe directly before { } # or | turns the rest into literal text; write '' to get one apostrophe",
                        file)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vigil.i18n.BundleFiles#translatedFiles")
    void argumentsAndTheirTypesMatchEnglish(String file, BundleFamily family, Language language) {
        // given: keys missing from either file are reported by the key consistency tests
        List<TranslatedText> texts = textsBesideEnglish(family, language);

        // when
        List<String> mismatches = new ArrayList<>();
        for (TranslatedText text : texts) {
            MessagePattern englishParsed = parseOrNull(text.english());
            MessagePattern translatedParsed = parseOrNull(text.translated());
            if (englishParsed == null || translatedParsed == null) {
                continue; // reported by everyPatternParses
            }
            Set<String> expected = arguments(englishParsed);
            Set<String> actual = arguments(translatedParsed);
            if (!expected.equals(actual)) {
                mismatches.add(text.key() + ": English has " + expected + ", here " + actual);
            }
        }

        // then
        assertThat(mismatches).as("%s: arguments differ from English", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vigil.i18n.BundleFiles#allFiles")
    void pluralArgumentsCoverEveryCategoryOfTheLanguage(String file, BundleFamily family, Language language) {
        // given
        ULocale locale = ULocale.forLanguageTag(language.tag());
        Set<String> cardinal =
                PluralRules.forLocale(locale, PluralRules.PluralType.CARDINAL).getKeywords();
        Set<String> ordinal =
                PluralRules.forLocale(locale, PluralRules.PluralType.ORDINAL).getKeywords();
        BundleFile bundle = read(family, language);

        // when
        List<String> incomplete = new ArrayList<>();
        for (Entry entry : bundle.entries()) {
            MessagePattern pattern = parseOrNull(entry.value());
            if (pattern == null) {
                continue; // reported by everyPatternParses
            }
            for (int i = 0; i < pattern.countParts(); i++) {
                MessagePattern.Part part = pattern.getPart(i);
                if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                    continue;
                }
                MessagePattern.ArgType type = part.getArgType();
                Set<String> needed;
                if (type == MessagePattern.ArgType.PLURAL) {
                    needed = cardinal;
                } else if (type == MessagePattern.ArgType.SELECTORDINAL) {
                    needed = ordinal;
                } else if (type == MessagePattern.ArgType.SELECT) {
                    needed = Set.of();
                } else {
                    continue;
                }
                Set<String> keywords = keywordSelectors(pattern, i);
                Set<String> missing = new TreeSet<>(needed);
                missing.add("other");
                missing.removeAll(keywords);
                if (!missing.isEmpty()) {
                    incomplete.add(entry.key() + ": argument " + argumentName(pattern, i) + " lacks " + missing
                            + " (has " + keywords + ")");
                }
            }
        }

        // then
        assertThat(incomplete)
                .as("%s: plural forms missing (%s needs %s)", file, language.tag(), cardinal)
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Pattern helpers

    private static MessagePattern parseOrNull(String pattern) {
        try {
            return new MessagePattern(pattern);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Each argument as name:type, e.g. 0:NONE, 1:PLURAL, 0:SIMPLE(number). */
    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> arguments = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String type = part.getArgType().name();
            if (part.getArgType() == MessagePattern.ArgType.SIMPLE) {
                type += "(" + pattern.getSubstring(pattern.getPart(i + 2)) + ")";
            }
            arguments.add(argumentName(pattern, i) + ":" + type);
        }
        return arguments;
    }

    private static String argumentName(MessagePattern pattern, int argStart) {
        return pattern.getSubstring(pattern.getPart(argStart + 1));
    }

    /** Keyword selectors (one, few, other…) of the plural or select argument starting at argStart; =N excluded. */
    private static Set<String> keywordSelectors(MessagePattern pattern, int argStart) {
        Set<String> keywords = new LinkedHashSet<>();
        int limit = pattern.getLimitPartIndex(argStart);
        int i = argStart + 2; // skip ARG_START and ARG_NAME/ARG_NUMBER
        if (pattern.getPart(i).getType().hasNumericValue()) {
            i++; // offset:N
        }
        while (i < limit) {
            MessagePattern.Part selector = pattern.getPart(i++);
            if (pattern.getPart(i).getType().hasNumericValue()) {
                i++; // the value of an explicit =N selector
            }
            String name = pattern.getSubstring(selector);
            if (!name.startsWith("=")) {
                keywords.add(name);
            }
            i = pattern.getLimitPartIndex(i) + 1; // past MSG_START..MSG_LIMIT
        }
        return keywords;
    }

    private static boolean startsQuoting(String value) {
        for (int i = 0; i + 1 < value.length(); i++) {
            if (value.charAt(i) != '\'') {
                continue;
            }
            if (value.charAt(i + 1) == '\'') {
                i++; // '' is one literal apostrophe
                continue;
            }
            if ("{}#|".indexOf(value.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
