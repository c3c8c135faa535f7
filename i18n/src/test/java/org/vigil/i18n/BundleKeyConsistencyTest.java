package org.vigil.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.i18n.BundleFiles.fileName;
import static org.vigil.i18n.BundleFiles.read;
import static org.vigil.i18n.BundleFiles.translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.i18n.BundleFiles.BundleFile;

/**
 * Checks every bundle file against the English source for its keys: a file for every family, no key missing,
 * obsolete or defined twice, the same layout line by line, and no key in two families. Failures name the file and keys.
 */
class BundleKeyConsistencyTest {

    @Test
    void everyLanguageHasAFileForEveryFamily() {
        // given
        List<String> missing = new ArrayList<>();

        // when
        for (Language language : translations()) {
            for (BundleFamily family : BundleFamily.all()) {
                try (InputStream in = BundleKeyConsistencyTest.class.getResourceAsStream(family.resource(language))) {
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
    @MethodSource("org.vigil.i18n.BundleFiles#translatedFiles")
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
    @MethodSource("org.vigil.i18n.BundleFiles#allFiles")
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
    @MethodSource("org.vigil.i18n.BundleFiles#translatedFiles")
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
    @MethodSource("org.vigil.i18n.BundleFiles#bundleLanguages")
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
}
