package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every Sigma rule document has: where it came from, title, optional id and name (either can
 * be used to refer to it from a correlation), level and tags.
 */
record RuleMeta(Path file, int line, String id, String name, String title, String level, List<String> tags) {

    static final int MAX_TITLE = 256;

    private static final Set<String> LEVELS = Set.of("informational", "low", "medium", "high", "critical");

    RuleMeta {
        tags = List.copyOf(tags);
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
                Nodes.texts(root, "tags", ""));
    }

    /** How other rules refer to this one: the id, else the name, else null (not referable). */
    String key() {
        return id != null ? id : name;
    }
}
