package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search identifier of a detection: a map (every entry must match), a list of maps (any map
 * matches), or a list of plain values (a keyword search for any of them). A list may mix maps and
 * plain values; they are alternatives.
 */
final class Selection {

    private final String name;
    /** Alternatives (any); each is a conjunction (all). */
    private final List<List<FieldMatcher>> alternatives;

    private Selection(String name, List<List<FieldMatcher>> alternatives) {
        this.name = name;
        this.alternatives = List.copyOf(alternatives);
    }

    String name() {
        return name;
    }

    static Selection parse(String name, JsonNode node, String path) {
        List<List<FieldMatcher>> alternatives = new ArrayList<>();
        if (node.isObject()) {
            alternatives.add(map(node, path));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                throw new RuleException(path, "empty list");
            }
            List<JsonNode> keywords = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (element.isObject()) {
                    alternatives.add(map(element, path + "[" + i + "]"));
                } else if (element.isArray()) {
                    throw new RuleException(path + "[" + i + "]", "a list inside a list is not a selection");
                } else {
                    keywords.add(element);
                }
            }
            if (!keywords.isEmpty()) {
                alternatives.add(List.of(FieldMatcher.keywords(keywords, path)));
            }
        } else {
            throw new RuleException(path, "a search identifier must be a map or a list");
        }
        return new Selection(name, alternatives);
    }

    private static List<FieldMatcher> map(JsonNode node, String path) {
        if (node.isEmpty()) {
            throw new RuleException(path, "empty map");
        }
        List<FieldMatcher> matchers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            matchers.add(
                    FieldMatcher.parse(entry.getKey(), entry.getValue(), RuleException.child(path, entry.getKey())));
        }
        return matchers;
    }

    void addFields(Set<String> names) {
        alternatives.forEach(conjunction -> conjunction.forEach(matcher -> names.add(matcher.field())));
    }

    boolean matches(EventFields fields) {
        for (List<FieldMatcher> conjunction : alternatives) {
            boolean all = true;
            for (FieldMatcher matcher : conjunction) {
                if (!matcher.matches(fields)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
