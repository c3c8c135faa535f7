package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What every Sigma rule document has: where it came from, title, optional id and name (either can
 * be used to refer to it from a correlation), level and tags; and Vigil's own optional attribute
 * {@code vigil-titles}, the title translated (language tag → title), so analysts read incidents in
 * their language.
 */
record RuleMeta(
        Path file,
        int line,
        String id,
        String name,
        String title,
        String level,
        List<String> tags,
        Map<String, String> titles) {

    static final int MAX_TITLE = 256;

    /** The custom top-level attribute holding translated titles (Sigma allows custom attributes). */
    static final String TITLES = "vigil-titles";

    // Language only (de, pt, el): a title does not differ by region, and this keeps lookups simple.
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}");

    private static final Set<String> LEVELS = Set.of("informational", "low", "medium", "high", "critical");

    RuleMeta {
        tags = List.copyOf(tags);
        titles = Collections.unmodifiableMap(new TreeMap<>(titles));
    }

    static RuleMeta parse(JsonNode root, Path file, int line) {
        String title = Nodes.text(root, "title", "", true);
        if (title.length() > MAX_TITLE) {
            throw new RuleException("title", "longer than " + MAX_TITLE + " characters");
        }
        String level = Nodes.text(root, "level", "", false);
        if (level != null) {
            level = level.toLowerCase(Locale.ROOT);
            if (!LEVELS.contains(level)) {
                throw new RuleException("level", "must be one of informational, low, medium, high, critical");
            }
        }
        return new RuleMeta(
                file,
                line,
                Nodes.text(root, "id", "", false),
                Nodes.text(root, "name", "", false),
                title,
                level,
                Nodes.texts(root, "tags", ""),
                titles(root));
    }

    /** {@code vigil-titles}: a map of language tags to non-blank titles, each within {@link #MAX_TITLE}. */
    private static Map<String, String> titles(JsonNode root) {
        Map<String, String> titles = new TreeMap<>();
        JsonNode node = Nodes.object(root, TITLES, "", false);
        if (node == null) {
            return titles;
        }
        for (Iterator<String> languages = node.fieldNames(); languages.hasNext(); ) {
            String language = languages.next();
            String at = RuleException.child(TITLES, language);
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                throw new RuleException(at, "not a language tag (2 or 3 lower-case letters, e.g. de)");
            }
            String title = Nodes.text(node, language, TITLES, true);
            if (title.length() > MAX_TITLE) {
                throw new RuleException(at, "longer than " + MAX_TITLE + " characters");
            }
            titles.put(language, title);
        }
        return titles;
    }

    /** How other rules refer to this one: the id, else the name, else null (not referable). */
    String key() {
        return id != null ? id : name;
    }
}
