package org.vigil.core.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The record as a JSON object without the top-level keys a format never reads, or the reason it
     * is not one. Builds the tree straight from the tokens and skips those keys' values unbuilt: the
     * tree is most of a JSON format's parsing cost, and monitors write much a format ignores (a
     * Suricata flow's TCP flags, say). Otherwise the tree is the one {@link #parseObject(String)} gives.
     */
    public static Either parseObject(String text, Set<String> skippedKeys) {
        if (skippedKeys.isEmpty()) {
            return parseObject(text);
        }
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Either(null, "not a JSON object");
            }
            ObjectNode root = MAPPER.getNodeFactory().objectNode();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken token = parser.nextToken();
                if (skippedKeys.contains(name)) {
                    parser.skipChildren();
                } else {
                    root.set(name, node(parser, token));
                }
            }
            return new Either(root, null);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            return new Either(
                    null, "invalid JSON: " + (message == null ? e.getClass().getSimpleName() : message));
        } catch (IOException e) {
            return new Either(null, "invalid JSON: " + e.getClass().getSimpleName());
        }
    }

    /** The value starting at the current token, with the node types Jackson's own tree reader picks. */
    private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = MAPPER.getNodeFactory();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    object.set(name, node(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                JsonToken element;
                while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(node(parser, element));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected token " + token);
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
