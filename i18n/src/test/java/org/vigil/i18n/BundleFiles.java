package org.vigil.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The bundle files the consistency tests check: which files there are, and each read as written, line by line.
 */
final class BundleFiles {

    private BundleFiles() {}

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
        return CACHE.computeIfAbsent(family.resource(language), BundleFiles::parse);
    }

    private static BundleFile parse(String resource) {
        String text;
        try (InputStream in = BundleFiles.class.getResourceAsStream(resource)) {
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

    static String fileName(BundleFamily family, Language language) {
        return family.baseName() + language.bundleSuffix() + ".properties";
    }

    // ---------------------------------------------------------------------------------------------
    // A translation beside English

    /** One key's text in the English file and in a translated file of the same family. */
    record TranslatedText(String key, String english, String translated) {}

    /**
     * The texts of every key that both the English file and the translated file of a family define, in the order of
     * the English file. Keys only one of them has are left out: the key consistency tests report those.
     */
    static List<TranslatedText> textsBesideEnglish(BundleFamily family, Language language) {
        Map<String, String> english = read(family, Language.EN).values();
        Map<String, String> translated = read(family, language).values();
        return english.entrySet().stream()
                .filter(e -> translated.containsKey(e.getKey()))
                .map(e -> new TranslatedText(e.getKey(), e.getValue(), translated.get(e.getKey())))
                .toList();
    }
}
