package org.vigil.core.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON access shared by the JSON-based parsers: parsing with limits (nesting, size) and reading
 * dotted paths such as {@code alert.signature} without caring whether a level is missing.
 */
public final class JsonRecords {

    /** Deeper nesting than any real monitor writes; deeper is rejected rather than risking the stack. */
    public static final int MAX_DEPTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .build())
                    .build())
            .build();

    private JsonRecords() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The record as a JSON object, or the reason it is not one. */
    public static Either parseObject(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                return new Either(null, "not a JSON object");
            }
            return new Either(node, null);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            return new Either(
                    null, "invalid JSON: " + (message == null ? e.getClass().getSimpleName() : message));
        }
    }

    /** A parsed object or why not; exactly one is set. */
    public record Either(JsonNode node, String error) {
        public boolean ok() {
            return node != null;
        }
    }

    /** The node at a dotted path, if every level exists and is not null. */
    public static Optional<JsonNode> at(JsonNode root, String dottedPath) {
        JsonNode node = root;
        for (String part : dottedPath.split("\\.")) {
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            node = node.get(part);
        }
        return node == null || node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** The scalar at a dotted path as text (numbers and booleans too); empty for objects, arrays, blanks. */
    public static Optional<String> text(JsonNode root, String dottedPath) {
        return at(root, dottedPath)
                .filter(JsonNode::isValueNode)
                .map(JsonNode::asText)
                .filter(s -> !s.isBlank());
    }

    /** The strings at a dotted path: a single scalar or an array of scalars. */
    public static List<String> texts(JsonNode root, String dottedPath) {
        List<String> values = new ArrayList<>();
        at(root, dottedPath).ifPresent(node -> {
            if (node.isArray()) {
                node.forEach(element -> {
                    if (element.isValueNode() && !element.asText().isBlank()) {
                        values.add(element.asText());
                    }
                });
            } else if (node.isValueNode() && !node.asText().isBlank()) {
                values.add(node.asText());
            }
        });
        return values;
    }
}
