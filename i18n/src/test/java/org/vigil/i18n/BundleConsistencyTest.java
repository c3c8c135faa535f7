package org.vigil.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every bundle file against the English source: same keys in the same layout, valid ICU patterns,
 * the same arguments, complete plural forms and no forgotten English text. Failures name the file and keys.
 */
class BundleConsistencyTest {

    /** Texts longer than this that equal English are taken for forgotten, untranslated copies. */
    private static final int UNTRANSLATED_MIN_LENGTH = 25;

    /** Keys whose text may legitimately equal English in every language. */
    private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of(
            "app.title", "error.title", "settings.scale.value", "inspector.dependency.in", "inspector.dependency.out");

    /** language.* keys are endonyms, identical everywhere, except the pseudo-locale's name. */
    private static boolean isEndonym(String key) {
        return key.startsWith("language.") && !key.equals("language.en-XA");
    }

    // ---------------------------------------------------------------------------------------------
    // Sources

    static List<Language> translations() {
        return Arrays.stream(Language.values())
                .filter(l -> l != Language.EN && l != Language.PSEUDO)
                .toList();
    }

    /** Languages with bundle files of their own: English and every translation. */
    static List<Language> bundleLanguages() {
        List<Language> all = new ArrayList<>();
        all.add(Language.EN);
        all.addAll(translations());
        return all;
    }

    static Stream<Arguments> translatedFiles() {
        return translations().stream()
                .flatMap(language -> BundleFamily.all().stream()
                        .map(family -> Arguments.of(fileName(family, language), family, language)));
    }

    static Stream<Arguments> allFiles() {
        return bundleLanguages().stream()
                .flatMap(language -> BundleFamily.all().stream()
                        .map(family -> Arguments.of(fileName(family, language), family, language)));
    }

    // ---------------------------------------------------------------------------------------------
    // Keys and layout

    @Test
    void everyLanguageHasAFileForEveryFamily() {
        // given
        List<String> missing = new ArrayList<>();

        // when
        for (Language language : translations()) {
            for (BundleFamily family : BundleFamily.all()) {
                try (InputStream in = BundleConsistencyTest.class.getResourceAsStream(family.resource(language))) {
                    if (in == null) {
                        missing.add(fileName(family, language));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        // then
        assertThat(missing).as("bundle files missing from the classpath").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedFiles")
    void translationHasNoMissingAndNoObsoleteKey(String file, BundleFamily family, Language language) {
        // given
        Set<String> english = read(family, Language.EN).keys();
        Set<String> translated = read(family, language).keys();

        // when
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> obsolete = new TreeSet<>(translated);
        obsolete.removeAll(english);

        // then
        assertThat(missing)
                .as("%s: keys of %s missing here", file, fileName(family, Language.EN))
                .isEmpty();
        assertThat(obsolete).as("%s: keys that English no longer has", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void noKeyIsDefinedTwiceInAFile(String file, BundleFamily family, Language language) {
        // given
        BundleFile bundle = read(family, language);

        // when
        Map<String, List<Integer>> linesByKey = new LinkedHashMap<>();
        bundle.entries()
                .forEach(e -> linesByKey
                        .computeIfAbsent(e.key(), k -> new ArrayList<>())
                        .add(e.line()));
        List<String> duplicates = linesByKey.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " (lines " + e.getValue() + ")")
                .toList();

        // then
        assertThat(duplicates).as("%s: keys defined more than once", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedFiles")
    void translationFollowsTheLayoutOfEnglish(String file, BundleFamily family, Language language) {
        // given
        List<String> english = read(family, Language.EN).layout();
        List<String> translated = read(family, language).layout();

        // when
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(english.size(), translated.size()); i++) {
            String expected = i < english.size() ? english.get(i) : "(end of file)";
            String actual = i < translated.size() ? translated.get(i) : "(end of file)";
            if (!expected.equals(actual)) {
                differences.add("line " + (i + 1) + ": English has " + expected + ", here " + actual);
            }
        }

        // then
        assertThat(differences)
                .as(
                        "%s: keys, blank lines and comments must follow %s line by line",
                        file, fileName(family, Language.EN))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundleLanguages")
    void noKeyBelongsToTwoFamilies(Language language) {
        // given
        Map<String, List<String>> filesByKey = new HashMap<>();
        for (BundleFamily family : BundleFamily.all()) {
            for (String key : read(family, language).keys()) {
                filesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(fileName(family, language));
            }
        }

        // when
        List<String> shared = filesByKey.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue())
                .sorted()
                .toList();

        // then
        assertThat(shared).as("keys present in more than one family").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Values

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
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
    @MethodSource("allFiles")
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
    @MethodSource("allFiles")
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
    @MethodSource("translatedFiles")
    void argumentsAndTheirTypesMatchEnglish(String file, BundleFamily family, Language language) {
        // given
        Map<String, String> english = read(family, Language.EN).values();
        Map<String, String> translated = read(family, language).values();

        // when
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> entry : translated.entrySet()) {
            String englishPattern = english.get(entry.getKey());
            if (englishPattern == null) {
                continue; // reported as obsolete
            }
            MessagePattern englishParsed = parseOrNull(englishPattern);
            MessagePattern translatedParsed = parseOrNull(entry.getValue());
            if (englishParsed == null || translatedParsed == null) {
                continue; // reported by everyPatternParses
            }
            Set<String> expected = arguments(englishParsed);
            Set<String> actual = arguments(translatedParsed);
            if (!expected.equals(actual)) {
                mismatches.add(entry.getKey() + ": English has " + expected + ", here " + actual);
            }
        }

        // then
        assertThat(mismatches).as("%s: arguments differ from English", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedFiles")
    void longTextsAreNotLeftInEnglish(String file, BundleFamily family, Language language) {
        // given
        Map<String, String> english = read(family, Language.EN).values();
        Map<String, String> translated = read(family, language).values();

        // when
        List<String> untranslated = translated.entrySet().stream()
                .filter(e -> e.getValue().length() > UNTRANSLATED_MIN_LENGTH)
                .filter(e -> e.getValue().equals(english.get(e.getKey())))
                .filter(e -> !isEndonym(e.getKey()) && !SAME_AS_ENGLISH_ALLOWED.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();

        // then
        assertThat(untranslated)
                .as("%s: texts identical to English, probably not translated", file)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedFiles")
    void endonymsAreTheSameInEveryLanguage(String file, BundleFamily family, Language language) {
        // given
        Map<String, String> english = read(family, Language.EN).values();
        Map<String, String> translated = read(family, language).values();

        // when
        List<String> changed = english.keySet().stream()
                .filter(BundleConsistencyTest::isEndonym)
                .filter(key -> translated.containsKey(key) && !english.get(key).equals(translated.get(key)))
                .map(key -> key + "=" + translated.get(key) + " (English file: " + english.get(key) + ")")
                .toList();

        // then
        assertThat(changed)
                .as("%s: language names are written in their own language everywhere", file)
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

    // ---------------------------------------------------------------------------------------------
    // Raw file reading: java.util.Properties would silently keep the last of duplicate keys.

    record Entry(int line, String key, String value) {}

    /** One bundle file as written: entries in order and a line-by-line outline of its layout. */
    record BundleFile(List<Entry> entries, List<String> layout) {

        Set<String> keys() {
            return entries.stream().map(Entry::key).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            entries.forEach(e -> values.put(e.key(), e.value()));
            return values;
        }
    }

    private static final Map<String, BundleFile> CACHE = new HashMap<>();

    static synchronized BundleFile read(BundleFamily family, Language language) {
        return CACHE.computeIfAbsent(family.resource(language), BundleConsistencyTest::parse);
    }

    private static BundleFile parse(String resource) {
        String text;
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the classpath", resource).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(text)
                .as("%s must not start with a byte order mark", resource)
                .doesNotStartWith("\uFEFF");

        List<Entry> entries = new ArrayList<>();
        List<String> layout = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--; // the final line break ends the last line
        }
        for (int i = 0; i < count; i++) {
            int first = i + 1;
            String trimmed = lines[i].stripLeading();
            if (trimmed.isEmpty()) {
                layout.add("(blank line)");
                continue;
            }
            if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
                layout.add("(comment)");
                continue;
            }
            StringBuilder logical = new StringBuilder(lines[i]);
            int continued = 0;
            while (endsWithContinuation(logical) && i + 1 < count) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
                continued++;
            }
            Properties single = new Properties();
            try {
                single.load(new StringReader(logical.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String key = single.stringPropertyNames().iterator().next();
            entries.add(new Entry(first, key, single.getProperty(key)));
            layout.add("key " + key);
            for (int c = 0; c < continued; c++) {
                layout.add("(continued line of " + key + ")");
            }
        }
        return new BundleFile(List.copyOf(entries), List.copyOf(layout));
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String fileName(BundleFamily family, Language language) {
        return family.baseName() + language.bundleSuffix() + ".properties";
    }
}
