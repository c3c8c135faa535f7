package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Typed access to a rule's YAML tree, failing with the YAML path of what is wrong. */
final class Nodes {

    private Nodes() {}

    /** A scalar as text, or null when absent/null and not required. */
    static String text(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.get(key);
        String at = RuleException.child(path, key);
        if (node == null || node.isNull()) {
            if (required) {
                throw new RuleException(at, "missing");
            }
            return null;
        }
        if (node.isContainerNode()) {
            throw new RuleException(at, "must be a single value");
        }
        String text = node.asText().strip();
        if (text.isEmpty() && required) {
            throw new RuleException(at, "empty");
        }
        return text.isEmpty() ? null : text;
    }

    /** A single scalar or a list of scalars, as texts; empty when absent. */
    static List<String> texts(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        String at = RuleException.child(path, key);
        List<String> texts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return texts;
        }
        if (node.isObject()) {
            throw new RuleException(at, "must be a value or a list of values");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (element.isContainerNode()
                        || element.isNull()
                        || element.asText().isBlank()) {
                    throw new RuleException(at + "[" + i + "]", "must be a non-empty value");
                }
                texts.add(element.asText().strip());
            }
        } else {
            texts.add(node.asText().strip());
        }
        return texts;
    }

    /** A map, or null when absent and not required. */
    static JsonNode object(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.get(key);
        String at = RuleException.child(path, key);
        if (node == null || node.isNull()) {
            if (required) {
                throw new RuleException(at, "missing");
            }
            return null;
        }
        if (!node.isObject()) {
            throw new RuleException(at, "must be a map");
        }
        return node;
    }

    /** A boolean, or the fallback when absent. */
    static boolean bool(JsonNode parent, String key, String path, boolean fallback) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new RuleException(RuleException.child(path, key), "must be true or false");
        }
        return node.booleanValue();
    }
}
