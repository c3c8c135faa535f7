package org.vigil.core.correlate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every YAML document of a text into a JSON tree. Scalars keep the text the rule author wrote
 * ({@code 0x17} stays {@code "0x17"}, not 23), except {@code true}/{@code false} and {@code null}.
 * Duplicate keys and nesting deeper than {@link #MAX_DEPTH} are errors. A syntax error ends the
 * reading; documents before it are kept. Anchors are ignored and aliases rejected.
 */
final class YamlDocuments {

    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One document and the line (1-based) on which it starts. */
    record Document(JsonNode root, int line) {}

    /** The documents read and, if reading stopped early, why. */
    record Result(List<Document> documents, String error) {}

    private YamlDocuments() {}

    static Result read(String text) {
        List<Document> documents = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                documents.add(new Document(node(parser, token, "", 0), line));
            }
            return new Result(documents, null);
        } catch (RuleException e) {
            return new Result(documents, e.describe());
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            return new Result(documents, "invalid YAML at " + at + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return new Result(documents, "cannot read YAML: " + e.getMessage());
        }
    }

    private static JsonNode node(JsonParser parser, JsonToken token, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new RuleException(path, "nested deeper than " + MAX_DEPTH + " levels");
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new RuleException(path, "YAML aliases (*name) are not supported");
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String childPath = RuleException.child(path, key);
                    if (object.has(key)) {
                        throw new RuleException(childPath, "duplicate key");
                    }
                    object.set(key, node(parser, parser.nextToken(), childPath, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(node(parser, next, path + "[" + array.size() + "]", depth + 1));
                }
                return array;
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.textNode(parser.getText());
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
