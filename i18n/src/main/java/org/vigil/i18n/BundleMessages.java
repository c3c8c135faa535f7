package org.vigil.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Messages of one language read from the UTF-8 bundles, with English behind any gap. */
final class BundleMessages implements Messages {

    private final Language language;
    private final ULocale locale;
    private final Map<String, String> patterns;
    private final Map<String, String> english;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    BundleMessages(Language language, Map<String, String> patterns, Map<String, String> english) {
        this.language = language;
        this.locale = ULocale.forLocale(language.locale());
        this.patterns = Map.copyOf(patterns);
        this.english = Map.copyOf(english);
    }

    static Map<String, String> load(Language language) {
        Map<String, String> all = new HashMap<>();
        for (BundleFamily family : BundleFamily.all()) {
            try (InputStream in = BundleMessages.class.getResourceAsStream(family.resource(language))) {
                if (in == null) {
                    continue;
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.stringPropertyNames().forEach(k -> all.put(k, properties.getProperty(k)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + family.resource(language), e);
            }
        }
        return all;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public boolean has(String key) {
        return patterns.containsKey(key) || english.containsKey(key);
    }

    @Override
    public Set<String> keys() {
        Set<String> all = new HashSet<>(english.keySet());
        all.addAll(patterns.keySet());
        return Set.copyOf(all);
    }

    @Override
    public String text(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, this::compile);
        if (format == null) {
            return "[" + key + "]";
        }
        return format.format(args);
    }

    private MessageFormat compile(String key) {
        String pattern = patterns.get(key);
        ULocale formatLocale = locale;
        if (pattern == null) {
            pattern = english.get(key);
            formatLocale = ULocale.ENGLISH; // English plural rules for English text
        }
        return pattern == null ? null : new MessageFormat(pattern, formatLocale);
    }
}
