package org.vigil.core.feed.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.feed.JsonRecords;

/**
 * A record walked once, depth first in document order: its scalar values ({@link Leaf}) and every
 * key name met on the way, which the heuristics then read. The walk is bounded like the rest of
 * Vigil's JSON reading: nesting is already limited to {@link JsonRecords#MAX_DEPTH} when the text
 * is parsed, and at most {@link #MAX_VALUES} values and as many distinct keys are kept, so a huge
 * record costs no more than a large one.
 */
record JsonWalk(List<Leaf> leaves, Set<String> keys) {

    /** The same bound as rule matching uses for the fields of one event. */
    static final int MAX_VALUES = 10_000;

    /**
     * A scalar (non-blank text, number or boolean) and where it sits: {@code key} is the name of
     * the field holding it (for an array element, the array's field), {@code parentKey} the name of
     * the object around that field ("" at the top), {@code depth} how many objects it is nested in
     * (0 for a top-level field; arrays do not count).
     */
    record Leaf(String key, String parentKey, int depth, JsonNode value) {

        boolean isText() {
            return value.isTextual();
        }

        /** The value as text: a string as written, a number or boolean as JSON writes it. */
        String text() {
            return value.asText();
        }
    }

    static JsonWalk of(JsonNode root) {
        Walker walker = new Walker();
        walker.object(root, "", 0);
        return new JsonWalk(List.copyOf(walker.leaves), Set.copyOf(walker.keys));
    }

    private static final class Walker {
        private final List<Leaf> leaves = new ArrayList<>();
        private final Set<String> keys = new LinkedHashSet<>();

        private boolean full() {
            return leaves.size() >= MAX_VALUES;
        }

        void object(JsonNode object, String parentKey, int depth) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (full()) {
                    return;
                }
                if (keys.size() < MAX_VALUES) {
                    keys.add(field.getKey());
                }
                value(field.getValue(), field.getKey(), parentKey, depth);
            }
        }

        private void value(JsonNode node, String key, String parentKey, int depth) {
            if (node.isObject()) {
                object(node, key, depth + 1);
            } else if (node.isArray()) {
                for (JsonNode element : node) {
                    if (full()) {
                        return;
                    }
                    value(element, key, parentKey, depth);
                }
            } else if (node.isNumber()
                    || node.isBoolean()
                    || (node.isTextual() && !node.textValue().isBlank())) {
                leaves.add(new Leaf(key, parentKey, depth, node));
            }
        }
    }
}
